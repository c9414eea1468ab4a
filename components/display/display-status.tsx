'use client';

import { useTranslations } from 'next-intl';
import { useSpeech } from '@/components/i18n/use-speech';
import { useSimNow, useTickSource } from '@/components/clock/clock-context';
import type { TleReport } from '@/components/dashboard/tle-response';
import type { ConnectionState } from '@/app-logic/display/connection';
import { displayFormat } from '@/lib/format/zoned-clock';
import type { OrbitChange } from '@/app-logic/display/reboost';
import { formatAge, formatUtc } from '@/lib/format/time';
import { formatNumber } from '@/lib/format/speech';
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
  const t = useTranslations('display.status');
  const brand = useTranslations('common')('brand');
  const sourceName = useTranslations('common.tleSource');
  const speech = useSpeech();
  const nowMs = useSimNow();
  const { clock } = useTickSource();
  const ageDays = tleAgeDays(tle.epochMs, nowMs);
  const freshness = tleFreshness(ageDays);
  const format = displayFormat(timeZone ?? undefined, speech.locale);
  const showChange = orbitChange !== null && nowMs >= orbitChange.atMs && nowMs - orbitChange.atMs < ORBIT_NOTE_MS;

  return (
    <footer className={styles.status} aria-label={t('label')}>
      <span className={styles.statusItem} data-testid="tle-badge" data-freshness={freshness} data-source={source}>
        {t.rich('elements', {
          age: formatAge(ageDays, speech),
          source: sourceName(source),
          pill: (chunks) => (
            <strong className={`${styles.pill} ${styles[freshness]}`} suppressHydrationWarning>
              {chunks}
            </strong>
          ),
        })}
      </span>
      {connection.offlineSinceMs !== null && (
        <span className={`${styles.statusItem} ${styles.offline}`} role="status" data-testid="offline-notice">
          {t('offline', { time: format.hoursMinutes(connection.offlineSinceMs) })}
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
            ? t('reboost', {
                rise: formatNumber(orbitChange.meanAltitudeChangeKm, speech.locale, 1),
                shift: groupThousands(orbitChange.shiftKm, speech.locale),
                time: format.hoursMinutes(orbitChange.atMs),
              })
            : t('correction', {
                shift: groupThousands(orbitChange.shiftKm, speech.locale),
                time: format.hoursMinutes(orbitChange.atMs),
              })}
        </span>
      )}
      {!clock.live && (
        <span className={`${styles.statusItem} ${styles.notLive}`} data-testid="not-live" suppressHydrationWarning>
          {clock.speed === 0
            ? t('notLivePaused', { time: formatUtc(nowMs, false) })
            : clock.speed !== 1
              ? t('notLiveSpeed', { time: formatUtc(nowMs, false), speed: clock.speed })
              : t('notLive', { time: formatUtc(nowMs, false) })}
        </span>
      )}
      <span className={styles.brand}>{brand}</span>
    </footer>
  );
}
