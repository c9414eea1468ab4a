import type { Seconds } from '../units';

/**
 * A duration in words a person reads at a glance: "2 h 14 min", "10 min 40 s", "45 s". Rounded to the
 * second; hours drop the seconds, zero parts are left out ("2 h", "5 min").
 */
export function formatDuration(durationSec: Seconds): string {
  const total = Math.max(0, Math.round(durationSec));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}
