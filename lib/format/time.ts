import type { EpochMs } from '../units';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-10-10 08:18:34 UTC": unambiguous, independent of the viewer's locale. */
export function formatUtc(atMs: EpochMs, withSeconds = true): string {
  const d = new Date(atMs);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return `${date} ${time} UTC`;
}

/** Local wall time in a named IANA zone (or the viewer's), with the zone's short name. */
export function formatLocal(atMs: EpochMs, timeZone?: string, withSeconds = true): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
    hour12: false,
    timeZoneName: 'short',
  }).format(new Date(atMs));
}

/** Age as "2.4 days old" / "5 h old" / "12 min old" / "3 h ahead": the TLE badge's wording. */
export function formatAge(ageDays: number): string {
  const abs = Math.abs(ageDays);
  if (abs * 1440 < 1) return 'fresh at epoch';
  const suffix = ageDays < 0 ? ' ahead' : ' old';
  if (abs >= 1) return `${abs.toFixed(1)} days${suffix}`;
  const hours = abs * 24;
  if (hours >= 1) return `${Math.round(hours)} h${suffix}`;
  return `${Math.round(hours * 60)} min${suffix}`;
}
