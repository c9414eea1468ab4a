'use client';

import { useTranslations } from 'next-intl';
import { useSpeech } from '@/components/i18n/use-speech';
import type { SatRec } from 'satellite.js';
import { usePredictionUncertainty } from '@/components/dashboard/use-prediction-uncertainty';
import { useStationNow } from '@/components/dashboard/use-station-now';
import { screenBasemapResolution } from '@/components/map/screen-basemap';
import { formatLatitude, formatLongitude } from '@/lib/format/coordinates';
import { ageWords, formatDistanceBound } from '@/lib/format/uncertainty';
import type { Tle } from '@/lib/tle';
import { formatDistance, formatSpeed, type UnitSystem } from '@/lib/format/units';
import styles from './display.module.css';

/** Where the station is, in figures large enough to read across a room. Only text changes each second. */
export function DisplayTelemetry({ satrec, tle, units }: { satrec: SatRec; tle: Tle; units: UnitSystem }) {
  const t = useTranslations('display.telemetry');
  // The figures' names are the same on the live page and the display.
  const figure = useTranslations('common.telemetry');
  const speech = useSpeech();
  const { state, sunlit, lightingChangeText, region } = useStationNow(satrec, screenBasemapResolution('50m'));
  const uncertainty = usePredictionUncertainty(tle);
  // Elements too old to place the station: no position, region or light shown as a fact.
  const placed = uncertainty.placeable;

  if (state === null) {
    return (
      <section className={styles.card} aria-label={t('label')} data-testid="display-telemetry">
        <p className={styles.body}>{t('cannotPropagate')}</p>
      </section>
    );
  }
  return (
    <section
      className={`${styles.card} ${styles.telemetry}`}
      aria-labelledby="display-telemetry-title"
      data-testid="display-telemetry"
    >
      <h2 id="display-telemetry-title" className={styles.cardTitle}>
        {t('title')}
        {placed && (
          <span className={styles.titleBound} data-testid="position-bound" suppressHydrationWarning>
            {' · '}
            {t('positionBound', { bound: formatDistanceBound(uncertainty.positionKm, units, speech.locale) })}
          </span>
        )}
      </h2>
      {!placed && (
        <p className={styles.cannotPlace} data-testid="cannot-place" suppressHydrationWarning>
          {speech.words('uncertainty.unplaceable', { age: ageWords(uncertainty.ageDays, speech) })}
        </p>
      )}
      <dl className={styles.figures}>
        <div>
          <dt>{figure('latitude')}</dt>
          <dd
            className={styles.figure}
            data-testid="latitude"
            data-value={state.latitudeDeg.toFixed(4)}
            suppressHydrationWarning
          >
            {placed ? formatLatitude(state.latitudeDeg, speech) : figure('unknown')}
          </dd>
        </div>
        <div>
          <dt>{figure('longitude')}</dt>
          <dd
            className={styles.figure}
            data-testid="longitude"
            data-value={state.longitudeDeg.toFixed(4)}
            suppressHydrationWarning
          >
            {placed ? formatLongitude(state.longitudeDeg, speech) : figure('unknown')}
          </dd>
        </div>
        <div>
          <dt>{figure('altitude')}</dt>
          <dd className={styles.figure} data-testid="altitude" suppressHydrationWarning>
            {formatDistance(state.altitudeKm, units, speech.locale, 0)}
          </dd>
        </div>
        <div>
          <dt>{figure('speed')}</dt>
          <dd className={styles.figure} data-testid="speed" suppressHydrationWarning>
            {formatSpeed(state.speedKmPerSec * 3600, units, speech.locale)}
          </dd>
        </div>
        <div className={styles.wide}>
          <dt>{figure('over')}</dt>
          <dd className={styles.figureText} data-testid="region">
            {placed ? (region ?? '…') : figure('unknown')}
          </dd>
        </div>
        <div className={styles.wide}>
          <dt>{figure('light')}</dt>
          {placed ? (
            <dd
              className={`${styles.figureText} ${styles.figureLines} ${sunlit ? styles.sunlit : styles.shadow}`}
              data-testid="lighting"
              suppressHydrationWarning
            >
              {sunlit ? figure('sunlit') : figure('shadow')}
              {lightingChangeText && <span className={styles.figureSub}>{lightingChangeText}</span>}
            </dd>
          ) : (
            <dd className={styles.figureText} data-testid="lighting">
              {figure('unknown')}
            </dd>
          )}
        </div>
      </dl>
    </section>
  );
}
