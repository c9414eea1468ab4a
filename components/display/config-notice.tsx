import { useTranslations } from 'next-intl';
import type { DisplayNotice } from '@/app-logic/display/config';
import styles from './display.module.css';

const SHOWN = 3;

/**
 * Settings the address asked for but the screen could not use: small, in a corner, never in the way. Each note
 * itself comes in English from app-logic/display/config.ts: it is for whoever wrote the address, and names its
 * (English) parameters.
 */
export function ConfigNotice({ notices }: { notices: readonly DisplayNotice[] }) {
  const t = useTranslations('display.notice');
  if (notices.length === 0) return null;
  const shown = notices.slice(0, SHOWN);
  return (
    <aside className={styles.notice} data-testid="config-notice" aria-label={t('label')}>
      <p className={styles.noticeTitle}>{t('title')}</p>
      <ul>
        {shown.map((notice, i) => (
          <li key={`${notice.param}-${i}`}>
            <strong>{notice.param}</strong>: {notice.message}
          </li>
        ))}
        {notices.length > SHOWN && <li>{t('more', { count: notices.length - SHOWN })}</li>}
      </ul>
    </aside>
  );
}
