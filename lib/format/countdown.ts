import type { Speech } from './speech';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2 h 14 min", "4 min 05 s", "12 s": a countdown a person reads at a glance; the padding keeps its width steady. */
export function formatCountdown(ms: number, speech: Speech): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const { words } = speech;
  if (h > 0) return words('duration.hm', { h, m: pad2(m) });
  if (m > 0) return words('duration.ms', { m, s: pad2(s) });
  return words('duration.s', { s });
}

/** A countdown that stays readable over days: "2 h 14 min", then "3 d 4 h" from 48 hours. */
export function formatUntil(ms: number, speech: Speech): string {
  const hours = Math.floor(Math.max(0, ms) / 3_600_000);
  if (hours < 48) return formatCountdown(ms, speech);
  return speech.words('duration.dh', { d: Math.floor(hours / 24), h: hours % 24 });
}

/** Time to a pass, readable from across a room: "in 19 min 05 s", "in 3 h 12 min", "in 2 d 04 h". */
export function formatTimeUntil(ms: number, speech: Speech): string {
  const totalMinutes = Math.floor(Math.max(0, ms) / 60_000);
  const time =
    totalMinutes >= 24 * 60
      ? speech.words('duration.dh', {
          d: Math.floor(totalMinutes / (24 * 60)),
          h: pad2(Math.floor((totalMinutes % (24 * 60)) / 60)),
        })
      : formatCountdown(ms, speech);
  return speech.words('inTime', { time });
}
