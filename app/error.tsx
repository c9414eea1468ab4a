'use client';

import { useEffect } from 'react';
import styles from './status-page.module.css';

/** A page failed to render: say so and offer a retry rather than a blank page. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error('[orbit-watch] page error', error.digest ?? error.message);
  }, [error]);
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>Something went wrong</h1>
      <p>This page could not be shown. The station is still up there; the page is what failed.</p>
      <button type="button" onClick={reset} className={styles.button}>
        Try again
      </button>
    </main>
  );
}
