'use client';

import type { SatRec } from 'satellite.js';
import { useStationNow } from '@/components/dashboard/use-station-now';
import { formatLatitude, formatLongitude } from '@/lib/format/coordinates';
import { formatDistance, formatSpeed, type UnitSystem } from '@/lib/format/units';
import styles from './display.module.css';

/** Where the station is, in figures large enough to read across a room. Only text changes each second. */
export function DisplayTelemetry({ satrec, units }: { satrec: SatRec; units: UnitSystem }) {
  const { state, sunlit, lightingChangeText, region } = useStationNow(satrec, '50m');

  if (state === null) {
    return (
      <section className={styles.card} aria-label="The station now" data-testid="display-telemetry">
        <p className={styles.body}>The orbital elements cannot be propagated to this time.</p>
      </section>
    );
  }
  return (
    <section className={`${styles.card} ${styles.telemetry}`} aria-labelledby="display-telemetry-title" data-testid="display-telemetry">
      <h2 id="display-telemetry-title" className={styles.cardTitle}>ISS now</h2>
      <dl className={styles.figures}>
        <div>
          <dt>Latitude</dt>
          <dd className={styles.figure} data-testid="latitude" data-value={state.latitudeDeg.toFixed(4)} suppressHydrationWarning>
            {formatLatitude(state.latitudeDeg)}
          </dd>
        </div>
        <div>
          <dt>Longitude</dt>
          <dd className={styles.figure} data-testid="longitude" data-value={state.longitudeDeg.toFixed(4)} suppressHydrationWarning>
            {formatLongitude(state.longitudeDeg)}
          </dd>
        </div>
        <div>
          <dt>Altitude</dt>
          <dd className={styles.figure} data-testid="altitude" suppressHydrationWarning>
            {formatDistance(state.altitudeKm, units, 0)}
          </dd>
        </div>
        <div>
          <dt>Speed</dt>
          <dd className={styles.figure} data-testid="speed" suppressHydrationWarning>
            {formatSpeed(state.speedKmPerSec * 3600, units)}
          </dd>
        </div>
        <div className={styles.wide}>
          <dt>Flying over</dt>
          <dd className={styles.figureText} data-testid="region">{region ?? '…'}</dd>
        </div>
        <div className={styles.wide}>
          <dt>Light</dt>
          <dd className={`${styles.figureText} ${sunlit ? styles.sunlit : styles.shadow}`} data-testid="lighting" suppressHydrationWarning>
            {sunlit ? 'In sunlight' : "In Earth's shadow"}
            {lightingChangeText && <span className={styles.figureSub}>{lightingChangeText}</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
