'use client';

import { useSimNow } from '@/components/clock/clock-context';
import { formatUntil } from '@/lib/format/countdown';
import { useSpeech } from '@/components/i18n/use-speech';

/**
 * "2 h 14 min" to `atMs`, or with `phrase` "in 2 h 14 min" (the language's own way: "あと2時間14分"): the one part
 * of a pass's card that changes every second, as its own leaf.
 */
export function TimeUntil({ atMs, phrase = false }: { atMs: number; phrase?: boolean }) {
  const speech = useSpeech();
  const time = formatUntil(atMs - useSimNow(), speech);
  return <>{phrase ? speech.words('inTime', { time }) : time}</>;
}
