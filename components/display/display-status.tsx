'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { useSimNow, useTickSource } from '@/components/clock/clock-context';
import { TLE_SOURCE_LABELS, type TleReport } from '@/components/dashboard/tle-response';
import type { ConnectionState } from '@/app-logic/display/connection';
import { displayFormat } from '@/lib/format/zoned-clock';
import type { OrbitChange } from '@/app-logic/display/reboost';
import { formatAge, formatUtc } from '@/lib/format/time';
import { groupThousands } from '@/lib/format/units';
import { tleFreshness } from '@/lib/tle/freshness';
import { tleAgeDays, type Tle } from '@/lib/tle';
import styles from './display.module.css';

/** How long a reboost note stays up (shown time). */
export const ORBIT_NOTE_MS = 6 * 3_600_000;

interface DisplayStatusProps {
  tle: Tle;
  source: TleReport['source'];
  connection: ConnectionState;
  orbitChange: OrbitChange | null;
  timeZone: string | null;
}

/** The foot of the screen: how fresh the orbit is, and anything unusual, small and out of the way. */
export function DisplayStatus({ tle, source, connection, orbitChange, timeZone }: DisplayStatusProps) {
  const speech = useSpeech();
  const nowMs = useSimNow();
  const { clock } = useTickSource();
  const ageDays = tleAgeDays(tle.epochMs, nowMs);
  const freshness = tleFreshness(ageDays);
  const format = displayFormat(timeZone ?? undefined, speech.locale);
  const showChange = orbitChange !== null && nowMs >= orbitChange.atMs && nowMs - orbitChange.atMs < ORBIT_NOTE_MS;

  return (
    <footer className={styles.status} aria-label="Status">
      <span className={styles.statusItem} data-testid="tle-badge" data-freshness={freshness} data-source={source}>
        Orbital elements{' '}
        <strong className={`${styles.pill} ${styles[freshness]}`} suppressHydrationWarning>
          {formatAge(ageDays, speech)}
        </strong>{' '}
        · {TLE_SOURCE_LABELS[source]}
      </span>
      {connection.offlineSinceMs !== null && (
        <span className={`${styles.statusItem} ${styles.offline}`} role="status" data-testid="offline-notice">
          Offline since {format.hoursMinutes(connection.offlineSinceMs)} · still predicting from the elements held
        </span>
      )}
      {showChange && (
        <span
          className={`${styles.statusItem} ${styles.orbitNote}`}
          role="status"
          data-testid="orbit-change"
          data-kind={orbitChange.kind}
        >
          {orbitChange.kind === 'reboost'
            ? `Reboost: new elements raise the orbit by about ${orbitChange.meanAltitudeChangeKm.toFixed(1)} km`
            : 'Orbit correction from new elements'}
          {`; the predicted position moved ${groupThousands(orbitChange.shiftKm, speech.locale)} km (${format.hoursMinutes(orbitChange.atMs)})`}
        </span>
      )}
      {!clock.live && (
        <span className={`${styles.statusItem} ${styles.notLive}`} data-testid="not-live" suppressHydrationWarning>
          Not live: {formatUtc(nowMs, false)}
          {clock.speed === 0 ? ' (paused)' : clock.speed !== 1 ? ` at ${clock.speed}×` : ''}
        </span>
      )}
      <span className={styles.brand}>Orbit Watch</span>
    </footer>
  );
}
