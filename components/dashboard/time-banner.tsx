'use client';

import { formatUtc } from '@/lib/format/time';
import { useSimNow, useTickSource } from '@/components/clock/clock-context';
import styles from './time-banner.module.css';

/** A page that is not showing the present must say so, plainly and at the top. */
export function TimeBanner() {
  const { clock } = useTickSource();
  const nowMs = useSimNow();
  if (clock.live) return null;
  return (
    <div className={styles.banner} role="status" data-testid="time-banner">
      <span suppressHydrationWarning>
        Not live: showing <strong>{formatUtc(nowMs)}</strong>
        {clock.speed === 0 ? ' (paused)' : clock.speed !== 1 ? ` at ${clock.speed}× speed` : ''}.
      </span>
      <a href="?" className={styles.link}>
        Back to now
      </a>
    </div>
  );
}
