'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import type { SatRec } from 'satellite.js';
import { useSimNow } from '@/components/clock/clock-context';
import { displayFormat } from '@/lib/format/zoned-clock';
import { formatTimeUntil } from '@/lib/format/countdown';
import { formatDuration } from '@/lib/format/duration';
import { passListWarning } from '@/lib/passes/predictability';
import { useLookAnglesDuring } from '@/components/passes/use-pass-now';
import { usePassSearch } from '@/components/passes/use-pass-search';
import { visiblePassAnswer, type VisiblePassNow } from '@/lib/passes/next-pass';
import { compassName } from '@/lib/format/compass';
import { formatLatLon } from '@/lib/format/coordinates';
import { formatNumber, type Speech } from '@/lib/format/speech';
import type { ObserverPlace } from '@/lib/observer';
import { formatTimingBound } from '@/lib/format/uncertainty';
import { observerFrame, passPath, type Pass } from '@/lib/passes';
import { showsTimingBound } from '@/lib/passes/predictability';
import { DEFAULT_PASS_DAYS } from '@/lib/passes/window';
import type { Tle } from '@/lib/tle';
import { SkyDome } from './sky-dome';
import styles from './display.module.css';

interface DisplayNextPassProps {
  satrec: SatRec;
  tle: Tle;
  venue: ObserverPlace | null;
  timeZone: string | null;
}

/** "−3.4" in the locale's digits, with a true minus sign (brighter is more negative: the sign matters). */
const magnitudeValue = (m: number, speech: Speech) => formatNumber(m, speech.locale, 1).replace('-', '−');

/** " · mag −3.4" after a line: it may go to the next line, but whole. */
function Magnitude({ text }: { text: string }) {
  return (
    <>
      {' '}
      <span className={styles.keep}>· {text}</span>
    </>
  );
}

/** Bold figures inside a sentence (directions, elevations). */
const bold = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** When and where to look from the venue: a countdown to the next visible pass, or "look up now" while it is on. */
export function DisplayNextPass({ satrec, tle, venue, timeZone }: DisplayNextPassProps) {
  const t = useTranslations('display.pass');
  const speech = useSpeech();
  const title = venue
    ? t('titleAt', { place: venue.name ?? formatLatLon(venue.latitudeDeg, venue.longitudeDeg, speech, 1) })
    : t('title');
  return (
    <section
      className={`${styles.card} ${styles.passCard}`}
      aria-labelledby="display-pass-title"
      data-testid="display-next-pass"
    >
      <h2 id="display-pass-title" className={styles.cardTitle}>
        {title}
      </h2>
      {venue ? (
        <PassBody satrec={satrec} tle={tle} venue={venue} timeZone={timeZone} />
      ) : (
        <p className={styles.body}>{t('noVenue')}</p>
      )}
    </section>
  );
}

interface PassBodyProps {
  satrec: SatRec;
  tle: Tle;
  venue: ObserverPlace;
  timeZone: string | null;
}

function PassBody({ satrec, tle, venue, timeZone }: PassBodyProps) {
  const t = useTranslations('display.pass');
  const nowMs = useSimNow();
  const search = usePassSearch(satrec, tle, venue, { days: DEFAULT_PASS_DAYS });
  const speech = useSpeech();
  const answer = search ? visiblePassAnswer(search, nowMs) : null;
  const next = answer?.next ?? null;
  const prediction = answer?.prediction ?? null;
  const unpredictableWarning =
    answer && answer.unpredictable.length > 0 ? passListWarning(answer.unpredictable, tle, nowMs, speech) : null;
  const format = displayFormat(timeZone ?? undefined, speech.locale);

  if (unpredictableWarning !== null) {
    // Never a countdown to a pass that cannot be predicted: say so, and what would fix it.
    return (
      <p className={styles.body} data-testid="pass-unpredictable">
        {unpredictableWarning}
      </p>
    );
  }
  if (next === null) {
    return (
      <p className={styles.body} data-testid="pass-none">
        {t('none', { days: DEFAULT_PASS_DAYS })}
      </p>
    );
  }
  if (next.phase === 'now') return <LookUpNow satrec={satrec} venue={venue} next={next} timeZone={timeZone} />;

  const { pass, start, end } = next;
  const bound =
    prediction && showsTimingBound(prediction) ? formatTimingBound(prediction.timeUncertaintySeconds, speech) : null;
  const culminationSeen = pass.culmination.atMs >= start.atMs && pass.culmination.atMs <= end.atMs;
  const highestDeg = culminationSeen ? pass.maxElevationDeg : Math.max(start.elevationDeg, end.elevationDeg);
  // Read to the minute, as the start time is.
  const inView = formatDuration(Math.round((end.atMs - start.atMs) / 60_000) * 60, speech);
  return (
    <div className={styles.passBody} data-testid="pass-upcoming">
      <div>
        <p className={styles.countdown} data-testid="pass-countdown" suppressHydrationWarning>
          <span className={styles.keep}>{formatTimeUntil(start.atMs - nowMs, speech)}</span>
          {bound && (
            <>
              {' '}
              <span className={styles.countdownBound} data-testid="pass-bound">
                {bound}
              </span>
            </>
          )}
        </p>
        <p className={styles.passLine} suppressHydrationWarning>
          <time dateTime={new Date(start.atMs).toISOString()} suppressHydrationWarning>
            {format.day(start.atMs)} · {format.hoursMinutes(start.atMs)} {format.zone(start.atMs)}
          </time>
        </p>
        <p className={styles.passLine} data-testid="pass-path">
          {t.rich('path', {
            from: compassName(start.azimuthDeg, speech),
            to: compassName(end.azimuthDeg, speech),
            elevation: Math.round(highestDeg),
            b: bold,
          })}
        </p>
        <p className={styles.passLine}>
          {t('inView', { duration: inView })}
          {pass.magnitude !== null && (
            <Magnitude text={t('magnitude', { value: magnitudeValue(pass.magnitude, speech) })} />
          )}
        </p>
      </div>
      <PassDome satrec={satrec} venue={venue} pass={pass} current={null} />
    </div>
  );
}

/** The dome for one pass; its path is sampled once per pass, not per tick. */
interface PassDomeProps {
  satrec: SatRec;
  venue: ObserverPlace;
  pass: Pass;
  current: { azimuthDeg: number; elevationDeg: number } | null;
}

function PassDome({ satrec, venue, pass, current }: PassDomeProps) {
  const { latitudeDeg, longitudeDeg, heightM } = venue;
  const path = useMemo(
    () => passPath(satrec, { latitudeDeg, longitudeDeg, heightM }, pass, 10),
    [satrec, latitudeDeg, longitudeDeg, heightM, pass],
  );
  return <SkyDome path={path} current={current} />;
}

interface LookUpNowProps {
  satrec: SatRec;
  venue: ObserverPlace;
  next: VisiblePassNow;
  timeZone: string | null;
}

function LookUpNow({ satrec, venue, next, timeZone }: LookUpNowProps) {
  const { latitudeDeg, longitudeDeg, heightM } = venue;
  const frame = useMemo(
    () => observerFrame({ latitudeDeg, longitudeDeg, heightM }),
    [latitudeDeg, longitudeDeg, heightM],
  );
  const look = useLookAnglesDuring(satrec, frame, next.pass);
  const t = useTranslations('display.pass');
  const speech = useSpeech();
  const format = displayFormat(timeZone ?? undefined, speech.locale);
  return (
    <div className={`${styles.passBody} ${styles.lookUp}`} data-testid="pass-now" role="status">
      <div>
        <p className={styles.lookLabel}>{look ? t('lookUpWhere') : t('lookUp')}</p>
        {look && (
          <p className={styles.countdown} suppressHydrationWarning>
            {t.rich('lookAt', {
              direction: compassName(look.azimuthDeg, speech),
              elevation: Math.max(0, Math.round(look.elevationDeg)),
              dir: (chunks) => <span data-testid="look-direction">{chunks}</span>,
              el: (chunks) => <span data-testid="look-elevation">{chunks}</span>,
            })}
          </p>
        )}
        <p className={styles.passLine} suppressHydrationWarning>
          {t.rich('until', {
            time: `${format.hoursMinutes(next.end.atMs)} ${format.zone(next.end.atMs)}`,
            direction: compassName(next.end.azimuthDeg, speech),
            b: bold,
          })}
        </p>
        {/* A line of its own: after the sentence above it would often wrap and start a line with its "·". */}
        {next.pass.magnitude !== null && (
          <p className={styles.passLine}>{t('magnitude', { value: magnitudeValue(next.pass.magnitude, speech) })}</p>
        )}
      </div>
      <PassDome satrec={satrec} venue={venue} pass={next.pass} current={look} />
    </div>
  );
}
