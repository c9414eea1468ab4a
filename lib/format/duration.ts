import type { Seconds } from '../units';
import type { Speech } from './speech';

/**
 * A duration in words a person reads at a glance: "2 h 14 min", "10 min 40 s", "45 s". Rounded to the
 * second; hours drop the seconds, zero parts are left out ("2 h", "5 min").
 */
export function formatDuration(durationSec: Seconds, speech: Speech): string {
  const total = Math.max(0, Math.round(durationSec));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const { words } = speech;
  if (h > 0) return m > 0 ? words('duration.hm', { h, m }) : words('duration.h', { h });
  if (m > 0) return s > 0 ? words('duration.ms', { m, s }) : words('duration.m', { m });
  return words('duration.s', { s });
}
