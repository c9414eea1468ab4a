import type { DisplayNotice } from '@/app-logic/display/config';
import styles from './display.module.css';

const SHOWN = 3;

/** Settings the address asked for but the screen could not use: small, in a corner, never in the way. */
export function ConfigNotice({ notices }: { notices: readonly DisplayNotice[] }) {
  if (notices.length === 0) return null;
  const shown = notices.slice(0, SHOWN);
  return (
    <aside className={styles.notice} data-testid="config-notice" aria-label="Display settings not used">
      <p className={styles.noticeTitle}>Some settings in the address were not used</p>
      <ul>
        {shown.map((notice, i) => (
          <li key={`${notice.param}-${i}`}>
            <strong>{notice.param}</strong>: {notice.message}
          </li>
        ))}
        {notices.length > SHOWN && <li>and {notices.length - SHOWN} more</li>}
      </ul>
    </aside>
  );
}
