'use client';

import { useTranslations } from 'next-intl';
import { useSpeech } from '@/components/i18n/use-speech';
import { useSimNow } from '@/components/clock/clock-context';
import { displayFormat, zoneCity } from '@/lib/format/zoned-clock';
import styles from './display.module.css';

/** UTC and the venue's wall clock, side by side, at the shown second. */
export function DisplayClocks({ timeZone }: { timeZone: string | null }) {
  const t = useTranslations('display.clocks');
  const speech = useSpeech();
  const nowMs = useSimNow();
  const utc = displayFormat('UTC', speech.locale);
  const local = displayFormat(timeZone ?? undefined, speech.locale);
  return (
    <section className={`${styles.card} ${styles.clocks}`} aria-label={t('label')} data-testid="display-clocks">
      <div className={styles.clock}>
        <span className={styles.label}>{t('utc')}</span>
        <time
          className={styles.clockTime}
          dateTime={new Date(nowMs).toISOString()}
          data-testid="clock-utc"
          suppressHydrationWarning
        >
          {utc.time(nowMs)}
        </time>
        <span className={styles.clockDay} suppressHydrationWarning>
          {utc.day(nowMs)}
        </span>
      </div>
      <div className={styles.clock}>
        <span className={styles.label}>{timeZone ? t('localIn', { city: zoneCity(timeZone) }) : t('local')}</span>
        <span className={styles.clockTime} data-testid="clock-local" suppressHydrationWarning>
          {local.time(nowMs)}
        </span>
        <span className={styles.clockDay} suppressHydrationWarning>
          {local.day(nowMs)} · {local.zone(nowMs)}
        </span>
      </div>
    </section>
  );
}
