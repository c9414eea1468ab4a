'use client';

import { compassPoint } from '@/lib/format/compass';
import { describePass } from '@/lib/format/describe-pass';
import { formatDuration } from '@/lib/format/duration';
import type { Pass } from '@/lib/passes';
import type { LookAngles } from '@/lib/passes';
import { brightnessWords, formatMagnitude, formatUntil } from './pass-words';
import type { TimeFormat } from './time-format';
import styles from './passes.module.css';

interface NextPassProps {
  pass: Pass;
  /** The next visible pass when `pass` is not visible. */
  nextVisible: Pass | null;
  nowMs: number;
  format: TimeFormat;
  /** Where the station is now; used while the pass is under way. */
  current: LookAngles | null;
  onSelect: (pass: Pass) => void;
  /** "± 2 min" when the elements' age makes the times that uncertain, else null. */
  timingBound?: string | null;
}

const iso = (atMs: number) => new Date(atMs).toISOString();

/** The pass that matters most: the next one, with a countdown, or the one overhead right now. */
export function NextPass({ pass, nextVisible, nowMs, format, current, onSelect, timingBound = null }: NextPassProps) {
  const happening = nowMs >= pass.rise.atMs && nowMs <= pass.set.atMs;
  const visibleNow =
    happening &&
    pass.visible &&
    pass.visibleStart !== null &&
    pass.visibleEnd !== null &&
    nowMs >= pass.visibleStart.atMs &&
    nowMs <= pass.visibleEnd.atMs;
  const when = `${format.day(pass.rise.atMs)}, ${format.time(pass.rise.atMs)} ${format.zone(pass.rise.atMs)}`;

  return (
    <section
      className={`${styles.panel} ${styles.nextPass} ${pass.visible ? styles.nextVisible : ''}`}
      aria-labelledby="next-pass-heading"
      data-testid="next-pass"
      data-state={happening ? 'now' : 'upcoming'}
    >
      <div className={styles.panelHead}>
        <h2 id="next-pass-heading" className={styles.panelTitle}>
          {happening ? 'Happening now' : 'Next pass'}
        </h2>
        {pass.visible ? (
          <span className={styles.visibleTag}>Visible</span>
        ) : (
          <span className={styles.quietTag}>Not visible</span>
        )}
      </div>

      {happening && current ? (
        <div className={styles.nowBlock} aria-live="polite">
          <p className={styles.countdown} suppressHydrationWarning>
            Look {compassPoint(current.azimuthDeg)}, {Math.max(0, Math.round(current.elevationDeg))}° up
          </p>
          <p className={styles.nowDetail} suppressHydrationWarning data-testid="now-angles">
            Azimuth {current.azimuthDeg.toFixed(0)}°, elevation {Math.max(0, current.elevationDeg).toFixed(0)}° ·{' '}
            {visibleNow ? 'visible now' : 'not visible now'} · sets in {formatUntil(pass.set.atMs - nowMs)}
          </p>
        </div>
      ) : (
        <p className={styles.countdown} suppressHydrationWarning data-testid="countdown">
          in {formatUntil(pass.rise.atMs - nowMs)}
          {timingBound && (
            <span className={styles.countdownBound} data-testid="countdown-bound">
              {' '}
              {timingBound}
            </span>
          )}
        </p>
      )}

      <p className={styles.nextWhen}>
        <time dateTime={iso(pass.rise.atMs)}>{when}</time> · {formatDuration(pass.durationSec)} · up&nbsp;to&nbsp;
        {Math.round(pass.maxElevationDeg)}°
        {pass.magnitude !== null
          ? ` · mag ${formatMagnitude(pass.magnitude)} (${brightnessWords(pass.magnitude)})`
          : ''}
      </p>
      <p className={styles.sentence}>{capitalise(describePass(pass))}.</p>
      {nextVisible && nextVisible !== pass && (
        <p className={styles.note}>
          Next visible pass:{' '}
          <button type="button" className={styles.linkButton} onClick={() => onSelect(nextVisible)}>
            {format.day(nextVisible.rise.atMs)}, {format.time((nextVisible.visibleStart ?? nextVisible.rise).atMs)}
          </button>{' '}
          <span className={styles.nowrap} suppressHydrationWarning>
            (in {formatUntil((nextVisible.visibleStart ?? nextVisible.rise).atMs - nowMs)})
          </span>
        </p>
      )}
    </section>
  );
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
