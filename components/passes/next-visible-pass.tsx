'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { SatRec } from 'satellite.js';
import { useSimNow } from '@/components/clock/clock-context';
import panel from '@/components/dashboard/panel.module.css';
import { DEFAULT_PASS_DAYS } from '@/lib/passes/window';
import { compassName } from '@/lib/format/compass';
import { zonePlaceName } from '@/lib/format/zone-label';
import { formatTimingBound } from '@/lib/format/uncertainty';
import { visiblePassAnswer } from '@/lib/passes/next-pass';
import { passListWarning, showsTimingBound } from '@/lib/passes/predictability';
import type { Tle } from '@/lib/tle';
import { useStoredObserver } from './observer-store';
import { formatUntil } from '@/lib/format/countdown';
import { formatMagnitude } from './pass-words';
import { makeTimeFormat } from './time-format';
import { usePassSearch } from './use-pass-search';
import { usePlaceTimeZone } from './use-place-time-zone';
import styles from './next-visible-pass.module.css';

/**
 * For the live dashboard's side panel: the next visible pass over the saved location (computed here, in the
 * browser), or a link to set one. Mount inside <ClockProvider>.
 */
export function NextVisiblePass({ satrec, tle }: { satrec: SatRec; tle: Tle }) {
  const speech = useSpeech();
  const t = useTranslations('passes');
  const stored = useStoredObserver();
  const nowMs = useSimNow();
  const lat = stored?.latitudeDeg;
  const lon = stored?.longitudeDeg;
  // The place's own zone, as on /passes (looked up on this device; this device's zone until it has loaded).
  const placeZone = usePlaceTimeZone(lat, lon);
  const format = useMemo(() => makeTimeFormat(speech.locale, placeZone ?? undefined), [speech.locale, placeZone]);
  const search = usePassSearch(satrec, tle, stored ?? null, { days: DEFAULT_PASS_DAYS });
  // Never a countdown to a pass the elements cannot predict: the next predictable one, or the reason there is none.
  const answer = search ? visiblePassAnswer(search, nowMs) : null;
  const next = answer?.next ?? null;
  const bound =
    answer?.prediction && showsTimingBound(answer.prediction)
      ? formatTimingBound(answer.prediction.timeUncertaintySeconds, speech)
      : null;
  const unpredictable =
    answer && answer.unpredictable.length > 0 ? passListWarning(answer.unpredictable, tle, nowMs, speech) : null;

  const placeTime = (zone: string) => {
    const place = zonePlaceName(zone);
    return place === null ? t('panel.nauticalTime') : t('panel.placeTime', { place });
  };

  if (stored === undefined) {
    // Server and hydration render (the saved location lives in the browser): hold the panel's place at the size
    // of its no-location form, so the panels below do not jump down when it appears.
    return (
      <section className={`${panel.panel} ${panel.badge}`} aria-labelledby="next-visible-heading" aria-busy="true">
        <div className={panel.headerRow}>
          <h2 id="next-visible-heading" className={panel.title}>
            {t('panel.title')}
          </h2>
        </div>
        <p className={`${panel.note} ${styles.pending}`} />
      </section>
    );
  }
  return (
    <section
      className={`${panel.panel} ${panel.badge}`}
      aria-labelledby="next-visible-heading"
      data-testid="next-visible-pass"
    >
      <div className={panel.headerRow}>
        <h2 id="next-visible-heading" className={panel.title}>
          {t('panel.title')}
        </h2>
        {stored && (
          <Link href="/passes" className={panel.note} prefetch={false}>
            {t('panel.all')}
          </Link>
        )}
      </div>
      {stored === null ? (
        <p className={panel.note}>
          {t.rich('panel.setLocation', {
            link: (chunks) => (
              <Link href="/passes" prefetch={false}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : next ? (
        <>
          <p className={styles.countdown} suppressHydrationWarning>
            {next.phase === 'now'
              ? t('panel.visibleNow')
              : speech.words('inTime', { time: formatUntil(next.start.atMs - nowMs, speech) })}
            {bound && (
              <span className={styles.bound} data-testid="next-visible-bound">
                {' '}
                {bound}
              </span>
            )}
          </p>
          <p className={panel.note} suppressHydrationWarning>
            <time dateTime={new Date(next.start.atMs).toISOString()} data-testid="next-visible-time">
              {t('next.when', {
                day: format.day(next.start.atMs),
                time: format.time(next.start.atMs),
                zone: format.zone(next.start.atMs),
              })}
              {placeZone ? ` ${placeTime(placeZone)}` : ''}
            </time>
            {' · '}
            {t('panel.path', {
              from: compassName(next.start.azimuthDeg, speech),
              to: compassName(next.end.azimuthDeg, speech),
              elevation: Math.round(next.pass.maxElevationDeg),
            })}
            {next.pass.magnitude !== null
              ? t('panel.magnitude', { magnitude: formatMagnitude(next.pass.magnitude, speech.locale) })
              : ''}
            {stored.name ? t('panel.over', { place: stored.name }) : ''}
          </p>
        </>
      ) : unpredictable ? (
        <p className={panel.warning} data-testid="next-visible-unpredictable">
          {unpredictable}
        </p>
      ) : (
        <p className={panel.note}>
          {stored.name
            ? t('panel.noneOver', { place: stored.name, days: DEFAULT_PASS_DAYS })
            : t('panel.none', { days: DEFAULT_PASS_DAYS })}{' '}
          <Link href="/passes" prefetch={false}>
            {t('panel.seeAll')}
          </Link>
        </p>
      )}
    </section>
  );
}
