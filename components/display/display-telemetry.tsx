'use client';

import { useMemo, useState } from 'react';
import type { SatRec } from 'satellite.js';
import { useSimNow } from '@/components/clock/clock-context';
import { useRegionAt } from '@/components/map/use-basemap';
import { formatLatitude, formatLongitude } from '@/lib/format/coordinates';
import { formatDistance, formatSpeed, type UnitSystem } from '@/lib/format/units';
import { stateAt } from '@/lib/orbit/propagate';
import { formatCountdown } from '@/lib/format/countdown';
import { isSunlit, nextLightingChange } from '@/lib/sun/shadow';
import styles from './display.module.css';

/** Where the station is, in figures large enough to read across a room. Only text changes each second. */
export function DisplayTelemetry({ satrec, units }: { satrec: SatRec; units: UnitSystem }) {
  const nowMs = useSimNow();
  const state = useMemo(() => stateAt(satrec, nowMs), [satrec, nowMs]);
  const sunlit = state ? isSunlit(state.positionTemeKm, nowMs) : null;
  const change = useNextLightingChange(satrec, nowMs);
  const region = useRegionAt(state?.latitudeDeg ?? null, state?.longitudeDeg ?? null, '50m');

  if (state === null) {
    return (
      <section className={styles.card} aria-label="The station now" data-testid="display-telemetry">
        <p className={styles.body}>The orbital elements cannot be propagated to this time.</p>
      </section>
    );
  }
  return (
    <section className={styles.card} aria-labelledby="display-telemetry-title" data-testid="display-telemetry">
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
            {change && (
              <span className={styles.figureSub}>
                {change.sunlitAfter ? 'orbital sunrise' : 'orbital sunset'} in {formatCountdown(change.atMs - nowMs)}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

type LightingChange = ReturnType<typeof nextLightingChange>;

/** The next orbital sunrise or sunset, searched once per lighting phase rather than every second. */
function useNextLightingChange(satrec: SatRec, nowMs: number): LightingChange {
  const [cache, setCache] = useState<{ satrec: SatRec; fromMs: number; change: LightingChange } | null>(null);
  const valid =
    cache !== null &&
    cache.satrec === satrec &&
    nowMs >= cache.fromMs &&
    (cache.change === null ? nowMs - cache.fromMs < 60_000 : nowMs < cache.change.atMs);
  if (valid) return cache.change;
  const change = nextLightingChange(satrec, nowMs);
  setCache({ satrec, fromMs: nowMs, change });
  return change;
}
