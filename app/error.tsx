'use client';

import { useEffect } from 'react';

/** The dashboard failed to render: say so and offer a retry rather than a blank page. */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error('[orbit-watch] dashboard error', error.digest ?? error.message);
  }, [error]);
  return (
    <main style={{ padding: 24, maxWidth: 640 }}>
      <h1>Something went wrong</h1>
      <p>The dashboard could not be shown. The station is still up there; the page is what failed.</p>
      <button type="button" onClick={reset} style={{ font: 'inherit', padding: '8px 14px' }}>Try again</button>
    </main>
  );
}
