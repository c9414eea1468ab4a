'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import styles from './status-page.module.css';

/** A page failed to render: say so and offer a retry rather than a blank page. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.error');
  useEffect(() => {
    console.error('[orbit-watch] page error', error.digest ?? error.message);
  }, [error]);
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p>{t('body')}</p>
      <button type="button" onClick={reset} className={styles.button}>
        {t('retry')}
      </button>
    </main>
  );
}
