'use client';

import { useTranslations } from 'next-intl';
import { useSpeech } from '@/components/i18n/use-speech';
import type { SatRec } from 'satellite.js';
import { formatLatitude, formatLongitude } from '@/lib/format/coordinates';
import { formatLocal, formatUtc } from '@/lib/format/time';
import { formatDistanceBound, freshElementsFix, ageWords } from '@/lib/format/uncertainty';
import { formatDistance, formatSpeed, groupThousands } from '@/lib/format/units';
import { formatNumber, joinSentences } from '@/lib/format/speech';
import { orbitPeriodMs } from '@/lib/orbit/kepler';
import { orbitNumberAt } from '@/lib/orbit/orbit-number';
import { MS_PER_MINUTE } from '@/lib/units';
import type { Tle } from '@/lib/tle';
import { useHydrated } from './use-hydrated';
import { usePredictionUncertainty } from './use-prediction-uncertainty';
import { useSoonAfterMount } from './use-soon-after-mount';
import { useStationNow } from './use-station-now';
import { useUnitSystem } from './use-unit-system';
import styles from './panel.module.css';

interface TelemetryPanelProps {
  satrec: SatRec;
  tle: Tle;
}

/** Where the station is at the shown second. Re-renders once a second; only text changes. */
export function TelemetryPanel({ satrec, tle }: TelemetryPanelProps) {
  const speech = useSpeech();
  const t = useTranslations('live.telemetry');
  // The figures' names are the same on the live page and the display.
  const figure = useTranslations('common.telemetry');
  const { nowMs, state, sunlit, lightingChangeText, region } = useStationNow(satrec);
  const [units, setUnits] = useUnitSystem();
  const showLocalTime = useSoonAfterMount();
  const hydrated = useHydrated();
  const uncertainty = usePredictionUncertainty(tle);
  // Past about half an orbit of along-track error the elements cannot say where on its orbit the station is:
  // then nothing that depends on that (position, what it flies over, light) is shown as a fact.
  const placed = uncertainty.placeable;
  const UNKNOWN = figure('unknown');

  return (
    <section className={styles.panel} aria-labelledby="telemetry-heading">
      <div className={styles.headerRow}>
        <h2 id="telemetry-heading" className={styles.title}>
          {t('title')}
        </h2>
        <div className={styles.segmented} role="group" aria-label={t('units')}>
          <button
            type="button"
            disabled={!hydrated}
            aria-pressed={units === 'metric'}
            onClick={() => setUnits('metric')}
          >
            km
          </button>
          <button
            type="button"
            disabled={!hydrated}
            aria-pressed={units === 'imperial'}
            onClick={() => setUnits('imperial')}
          >
            mi
          </button>
        </div>
      </div>
      {state === null ? (
        <p className={styles.warning} role="status">
          {t('cannotPropagate')}
        </p>
      ) : (
        <>
          {!placed && (
            <p className={styles.warning} role="status" data-testid="cannot-place" suppressHydrationWarning>
              {joinSentences(
                t('cannotPlace', { age: ageWords(uncertainty.ageDays, speech) }),
                freshElementsFix(speech),
                speech,
              )}
            </p>
          )}
          <dl className={styles.grid} data-testid="telemetry">
            <div className={styles.wide}>
              <dt>{t('time')}</dt>
              <dd>
                <time dateTime={new Date(nowMs).toISOString()} data-testid="utc-time" suppressHydrationWarning>
                  {formatUtc(nowMs)}
                </time>
                {/* The viewer's zone is known only in the browser; the line keeps its place until then. */}
                <span className={styles.sub} data-testid="local-time">
                  {showLocalTime ? formatLocal(nowMs, speech.locale) : '\u00a0'}
                </span>
              </dd>
            </div>
            <div>
              <dt>{figure('latitude')}</dt>
              <dd data-testid="latitude" data-value={state.latitudeDeg.toFixed(4)} suppressHydrationWarning>
                {placed ? formatLatitude(state.latitudeDeg, speech) : UNKNOWN}
              </dd>
            </div>
            <div>
              <dt>{figure('longitude')}</dt>
              <dd data-testid="longitude" data-value={state.longitudeDeg.toFixed(4)} suppressHydrationWarning>
                {placed ? formatLongitude(state.longitudeDeg, speech) : UNKNOWN}
              </dd>
            </div>
            {placed && (
              <div className={styles.wide}>
                <dt>{t('uncertainty')}</dt>
                <dd data-testid="position-bound" data-km={uncertainty.positionKm.toFixed(1)} suppressHydrationWarning>
                  {formatDistanceBound(uncertainty.positionKm, units, speech.locale)}
                  <span className={styles.sub}>{t('uncertaintyNote')}</span>
                </dd>
              </div>
            )}
            <div>
              <dt>{figure('altitude')}</dt>
              <dd data-testid="altitude" suppressHydrationWarning>
                {formatDistance(state.altitudeKm, units, speech.locale)}
              </dd>
            </div>
            <div>
              <dt>{figure('speed')}</dt>
              <dd data-testid="speed" suppressHydrationWarning>
                {formatSpeed(state.speedKmPerSec * 3600, units, speech.locale)}
              </dd>
            </div>
            <div className={styles.wide}>
              <dt>{figure('over')}</dt>
              <dd data-testid="region">{placed ? (region ?? '…') : UNKNOWN}</dd>
            </div>
            <div className={styles.wide}>
              <dt>{figure('light')}</dt>
              <dd data-testid="lighting" suppressHydrationWarning>
                {placed ? (
                  <>
                    <span className={sunlit ? styles.sunlit : styles.shadow}>
                      {sunlit ? figure('sunlit') : figure('shadow')}
                    </span>
                    {lightingChangeText && <span className={styles.sub}>{lightingChangeText}</span>}
                  </>
                ) : (
                  UNKNOWN
                )}
              </dd>
            </div>
            <div className={styles.wide}>
              <dt>{t('orbit')}</dt>
              <dd data-testid="orbit-number" suppressHydrationWarning>
                {placed
                  ? t('orbitNumber', { number: groupThousands(orbitNumberAt(tle, nowMs), speech.locale) })
                  : UNKNOWN}
                <span className={styles.sub}>
                  {t('perOrbit', { minutes: formatNumber(orbitPeriodMs(tle) / MS_PER_MINUTE, speech.locale, 1) })}
                </span>
              </dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
