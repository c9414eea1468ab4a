'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { compassName } from '@/lib/format/compass';
import { describePass } from '@/lib/format/describe-pass';
import { formatDuration } from '@/lib/format/duration';
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
  const happening = usePassUnderWay(pass);
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

      {happening ? (
        <HappeningNow pass={pass} satrec={satrec} frame={frame} />
      ) : (
        <p className={styles.countdown} suppressHydrationWarning data-testid="countdown">
          in <TimeUntil atMs={pass.rise.atMs} />
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
        {formatDuration(pass.durationSec, speech)} · up&nbsp;to&nbsp;
        {Math.round(pass.maxElevationDeg)}°
        {pass.magnitude !== null
          ? ` · mag ${formatMagnitude(pass.magnitude)} (${brightnessWords(pass.magnitude)})`
          : ''}
      </p>
      <p className={styles.sentence}>{describePass(pass, speech)}</p>
      {nextVisible && nextVisible !== pass && (
        <p className={styles.note}>
          Next visible pass:{' '}
          <button type="button" className={styles.linkButton} onClick={() => onSelect(nextVisible)}>
            {format.day(nextVisible.rise.atMs)}, {format.time((nextVisible.visibleStart ?? nextVisible.rise).atMs)}
          </button>{' '}
          <span className={styles.nowrap} suppressHydrationWarning>
            (in <TimeUntil atMs={(nextVisible.visibleStart ?? nextVisible.rise).atMs} />)
          </span>
        </p>
      )}
    </section>
  );
}

/** Where to look while the pass is on: re-rendered every second for its length only. */
function HappeningNow({ pass, satrec, frame }: { pass: Pass; satrec: SatRec; frame: ObserverFrame }) {
  const speech = useSpeech();
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
        Look {compassName(current.azimuthDeg, speech)}, {Math.max(0, Math.round(current.elevationDeg))}° up
      </p>
      <p className={styles.nowDetail} suppressHydrationWarning data-testid="now-angles">
        Azimuth {current.azimuthDeg.toFixed(0)}°, elevation {Math.max(0, current.elevationDeg).toFixed(0)}° ·{' '}
        {visibleNow ? 'visible now' : 'not visible now'} · sets in <TimeUntil atMs={pass.set.atMs} />
      </p>
    </div>
  );
}
