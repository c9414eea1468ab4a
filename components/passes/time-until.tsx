'use client';

import { useSimNow } from '@/components/clock/clock-context';
import { formatUntil } from '@/lib/format/countdown';
import { useSpeech } from '@/components/i18n/use-speech';

/** "2 h 14 min" to `atMs`: the one part of a pass's card that changes every second, as its own leaf. */
export function TimeUntil({ atMs }: { atMs: number }) {
  const speech = useSpeech();
  return <>{formatUntil(atMs - useSimNow(), speech)}</>;
}
