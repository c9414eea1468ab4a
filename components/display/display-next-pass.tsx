'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { useMemo } from 'react';
import type { SatRec } from 'satellite.js';
import { useSimNow } from '@/components/clock/clock-context';
import { displayFormat } from '@/lib/format/zoned-clock';
import { formatTimeUntil } from '@/lib/format/countdown';
import { passListWarning } from '@/lib/passes/predictability';
import { useLookAnglesDuring } from '@/components/passes/use-pass-now';
import { usePassSearch } from '@/components/passes/use-pass-search';
import { visiblePassAnswer, type VisiblePassNow } from '@/lib/passes/next-pass';
import { compassName } from '@/lib/format/compass';
import { formatLatLon } from '@/lib/format/coordinates';
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

const magnitudeText = (m: number) => `mag ${m.toFixed(1).replace('-', '−')}`;

/** When and where to look from the venue: a countdown to the next visible pass, or "look up now" while it is on. */
export function DisplayNextPass({ satrec, tle, venue, timeZone }: DisplayNextPassProps) {
  const speech = useSpeech();
  const title = venue
    ? `Next visible pass · ${venue.name ?? formatLatLon(venue.latitudeDeg, venue.longitudeDeg, speech, 1)}`
    : 'Next visible pass';
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
        <p className={styles.body}>
          Add the venue to the address (lat and lon) to show when the station can be seen from here.
        </p>
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
        No visible pass in the next {DEFAULT_PASS_DAYS} days: the station crosses this sky only in daylight or in
        Earth&apos;s shadow.
      </p>
    );
  }
  if (next.phase === 'now') return <LookUpNow satrec={satrec} venue={venue} next={next} timeZone={timeZone} />;

  const { pass, start, end } = next;
  const bound =
    prediction && showsTimingBound(prediction) ? formatTimingBound(prediction.timeUncertaintySeconds, speech) : null;
  const culminationSeen = pass.culmination.atMs >= start.atMs && pass.culmination.atMs <= end.atMs;
  const highestDeg = culminationSeen ? pass.maxElevationDeg : Math.max(start.elevationDeg, end.elevationDeg);
  return (
    <div className={styles.passBody} data-testid="pass-upcoming">
      <div>
        <p className={styles.countdown} data-testid="pass-countdown" suppressHydrationWarning>
          {formatTimeUntil(start.atMs - nowMs, speech)}
          {bound && (
            <span className={styles.countdownBound} data-testid="pass-bound">
              {' '}
              {bound}
            </span>
          )}
        </p>
        <p className={styles.passLine} suppressHydrationWarning>
          <time dateTime={new Date(start.atMs).toISOString()} suppressHydrationWarning>
            {format.day(start.atMs)} · {format.hoursMinutes(start.atMs)} {format.zone(start.atMs)}
          </time>
        </p>
        <p className={styles.passLine} data-testid="pass-path">
          From <strong>{compassName(start.azimuthDeg, speech)}</strong> to{' '}
          <strong>{compassName(end.azimuthDeg, speech)}</strong> · up to <strong>{Math.round(highestDeg)}°</strong>
        </p>
        <p className={styles.passLine}>
          {Math.round((end.atMs - start.atMs) / 60_000)} min in view
          {pass.magnitude !== null ? ` · ${magnitudeText(pass.magnitude)}` : ''}
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
  const speech = useSpeech();
  const format = displayFormat(timeZone ?? undefined, speech.locale);
  return (
    <div className={`${styles.passBody} ${styles.lookUp}`} data-testid="pass-now" role="status">
      <div>
        <p className={styles.lookLabel}>Look up now{look ? ':' : ''}</p>
        {look && (
          <p className={styles.countdown} suppressHydrationWarning>
            <span data-testid="look-direction">{compassName(look.azimuthDeg, speech)}</span>,{' '}
            <span data-testid="look-elevation">{Math.max(0, Math.round(look.elevationDeg))}°</span> up
          </p>
        )}
        <p className={styles.passLine} suppressHydrationWarning>
          Visible until {format.hoursMinutes(next.end.atMs)} {format.zone(next.end.atMs)}, heading to{' '}
          <strong>{compassName(next.end.azimuthDeg, speech)}</strong>
          {next.pass.magnitude !== null ? ` · ${magnitudeText(next.pass.magnitude)}` : ''}
        </p>
      </div>
      <PassDome satrec={satrec} venue={venue} pass={next.pass} current={look} />
    </div>
  );
}
