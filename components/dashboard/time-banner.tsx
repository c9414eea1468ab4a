'use client';

import { useTranslations } from 'next-intl';
import { formatUtc } from '@/lib/format/time';
import { useSimNow, useTickSource } from '@/components/clock/clock-context';
import styles from './time-banner.module.css';

/** A page that is not showing the present must say so, plainly and at the top. */
export function TimeBanner() {
  const { clock } = useTickSource();
  const nowMs = useSimNow();
  const t = useTranslations('live.banner');
  if (clock.live) return null;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const time = formatUtc(nowMs);
  return (
    <div className={styles.banner} role="status" data-testid="time-banner">
      <span suppressHydrationWarning>
        {clock.speed === 0
          ? t.rich('notLivePaused', { time, strong })
          : clock.speed !== 1
            ? t.rich('notLiveSpeed', { time, speed: clock.speed, strong })
            : t.rich('notLive', { time, strong })}
      </span>
      <a href="?" className={styles.link}>
        {t('back')}
      </a>
    </div>
  );
}
