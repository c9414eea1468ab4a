'use client';

import { formatAge, formatUtc } from '@/lib/format/time';
import { freshnessSentence, tleFreshness } from '@/lib/tle/freshness';
import { tleAgeDays, type Tle } from '@/lib/tle';
import { useSimNow } from '@/components/clock/clock-context';
import { TLE_SOURCE_LABELS, type TleReport } from './tle-response';
import styles from './panel.module.css';

interface TleBadgeProps {
  tle: Tle;
  source: TleReport['source'];
  refreshError: string | null;
}

/** Where the orbit comes from and how far to trust it, at the shown time. */
export function TleBadge({ tle, source, refreshError }: TleBadgeProps) {
  const nowMs = useSimNow();
  const ageDays = tleAgeDays(tle.epochMs, nowMs);
  const freshness = tleFreshness(ageDays);
  return (
    <section className={`${styles.panel} ${styles.badge}`} aria-labelledby="tle-heading" data-testid="tle-badge" data-freshness={freshness} data-source={source}>
      <div className={styles.headerRow}>
        <h2 id="tle-heading" className={styles.title}>Orbital elements</h2>
        <span className={`${styles.pill} ${styles[freshness]}`} suppressHydrationWarning>
          {formatAge(ageDays)}
        </span>
      </div>
      <div className={styles.badgeRow}>
        <span>Source: <strong data-testid="tle-source">{TLE_SOURCE_LABELS[source]}</strong></span>
        <span>Epoch: <time dateTime={new Date(tle.epochMs).toISOString()}>{formatUtc(tle.epochMs, false)}</time></span>
      </div>
      <p className={styles.note} suppressHydrationWarning>{freshnessSentence(freshness)}</p>
      {source === 'embedded' && (
        <p className={styles.note}>This is the TLE shipped with the app: the server has no newer one, so positions drift as it ages.</p>
      )}
      {refreshError && (
        <p className={styles.warning} role="status">Could not refresh ({refreshError}); still propagating the elements above.</p>
      )}
    </section>
  );
}
