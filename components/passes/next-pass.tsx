'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { useTranslations } from 'next-intl';
import { compassName } from '@/lib/format/compass';
import { describePass } from '@/lib/format/describe-pass';
import { formatDuration } from '@/lib/format/duration';
import { formatUntil } from '@/lib/format/countdown';
import type { ObserverFrame, Pass } from '@/lib/passes';
import type { SatRec } from 'satellite.js';
import { brightnessWords, formatMagnitude } from './pass-words';
import { TimeUntil } from './time-until';
import { useLookAnglesDuring, usePassUnderWay } from './use-pass-now';
import type { TimeFormat } from './time-format';
import styles from './passes.module.css';

interface NextPassProps {
  pass: Pass;
  /** The next visible pass when `pass` is not visible. */
  nextVisible: Pass | null;
  format: TimeFormat;
  /** The station and the observer, for where to look while the pass is under way. */
  satrec: SatRec;
  frame: ObserverFrame;
  onSelect: (pass: Pass) => void;
  /** "± 2 min" when the elements' age makes the times that uncertain, else null. */
  timingBound?: string | null;
}

const iso = (atMs: number) => new Date(atMs).toISOString();

/**
 * The pass that matters most: the next one, with a countdown, or the one overhead right now. It re-renders when the
 * pass starts or ends; the countdowns and the live angles are leaves that read the clock each second.
 */
export function NextPass({ pass, nextVisible, format, satrec, frame, onSelect, timingBound = null }: NextPassProps) {
  const speech = useSpeech();
  const t = useTranslations('passes');
  const happening = usePassUnderWay(pass);
  const when = t('next.when', {
    day: format.day(pass.rise.atMs),
    time: format.time(pass.rise.atMs),
    zone: format.zone(pass.rise.atMs),
  });
  const nextVisibleAt = nextVisible ? (nextVisible.visibleStart ?? nextVisible.rise).atMs : 0;

  return (
    <section
      className={`${styles.panel} ${styles.nextPass} ${pass.visible ? styles.nextVisible : ''}`}
      aria-labelledby="next-pass-heading"
      data-testid="next-pass"
      data-state={happening ? 'now' : 'upcoming'}
    >
      <div className={styles.panelHead}>
        <h2 id="next-pass-heading" className={styles.panelTitle}>
          {happening ? t('next.now') : t('next.title')}
        </h2>
        {pass.visible ? (
          <span className={styles.visibleTag}>{t('next.visible')}</span>
        ) : (
          <span className={styles.quietTag}>{t('next.notVisible')}</span>
        )}
      </div>

      {happening ? (
        <HappeningNow pass={pass} satrec={satrec} frame={frame} />
      ) : (
        <p className={styles.countdown} suppressHydrationWarning data-testid="countdown">
          <TimeUntil atMs={pass.rise.atMs} phrase />
          {timingBound && (
            <span className={styles.countdownBound} data-testid="countdown-bound">
              {' '}
              {timingBound}
            </span>
          )}
        </p>
      )}

      <p className={styles.nextWhen}>
        <time className={styles.nextWhenTime} dateTime={iso(pass.rise.atMs)}>
          {when}
        </time>
        <span className={styles.nextWhenBreak}> · </span>
        {formatDuration(pass.durationSec, speech)} ·{' '}
        {/* Non-breaking spaces: "up to 78°" is read as one figure and never splits across lines. */}
        {t('next.upTo', { elevation: Math.round(pass.maxElevationDeg) }).replace(/ /g, '\u00a0')}
        {pass.magnitude !== null
          ? ` · ${t('next.magnitude', {
              magnitude: formatMagnitude(pass.magnitude, speech.locale),
              brightness: brightnessWords(pass.magnitude, t),
            })}`
          : ''}
      </p>
      <p className={styles.sentence}>{describePass(pass, speech)}</p>
      {nextVisible && nextVisible !== pass && (
        <p className={styles.note}>
          {t('next.nextVisible')}{' '}
          <button type="button" className={styles.linkButton} onClick={() => onSelect(nextVisible)}>
            {t('next.nextVisibleWhen', { day: format.day(nextVisible.rise.atMs), time: format.time(nextVisibleAt) })}
          </button>{' '}
          <span className={styles.nowrap} suppressHydrationWarning>
            (<TimeUntil atMs={nextVisibleAt} phrase />)
          </span>
        </p>
      )}
    </section>
  );
}

/** Where to look while the pass is on: re-rendered every second for its length only. */
function HappeningNow({ pass, satrec, frame }: { pass: Pass; satrec: SatRec; frame: ObserverFrame }) {
  const speech = useSpeech();
  const t = useTranslations('passes');
  const current = useLookAnglesDuring(satrec, frame, pass);
  if (!current) return null;
  const visibleNow =
    pass.visible &&
    pass.visibleStart !== null &&
    pass.visibleEnd !== null &&
    current.atMs >= pass.visibleStart.atMs &&
    current.atMs <= pass.visibleEnd.atMs;
  return (
    <div className={styles.nowBlock} aria-live="polite">
      <p className={styles.countdown} suppressHydrationWarning>
        {t('next.look', {
          direction: compassName(current.azimuthDeg, speech),
          elevation: Math.max(0, Math.round(current.elevationDeg)),
        })}
      </p>
      <p className={styles.nowDetail} suppressHydrationWarning data-testid="now-angles">
        {t('next.angles', {
          azimuth: Math.round(current.azimuthDeg),
          elevation: Math.max(0, Math.round(current.elevationDeg)),
        })}{' '}
        · {visibleNow ? t('next.visibleNow') : t('next.notVisibleNow')} ·{' '}
        {/* This block re-renders every second while the pass is on: the time to its end needs no leaf of its own. */}
        {t('next.setsIn', { time: formatUntil(pass.set.atMs - current.atMs, speech) })}
      </p>
    </div>
  );
}
