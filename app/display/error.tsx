'use client';

import { DisplayRecovery } from '@/components/display/display-recovery';

/** /display has nobody to press a button: it recovers by itself (components/display/display-recovery.tsx). */
export default function DisplayError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <DisplayRecovery {...props} />;
}
