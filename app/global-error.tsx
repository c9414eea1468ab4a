'use client';

import { DisplayRecovery } from '@/components/display/display-recovery';
import PageError from './error';
import './globals.css';

/**
 * The root layout itself failed: this replaces the whole document. A display screen recovers by itself as it does
 * for a page error; elsewhere a person is there to retry.
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  const onDisplay = typeof window !== 'undefined' && window.location.pathname.startsWith('/display');
  return (
    <html lang="en">
      <body>{onDisplay ? <DisplayRecovery {...props} /> : <PageError {...props} />}</body>
    </html>
  );
}
