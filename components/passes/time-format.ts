import type { EpochMs } from '@/lib/units';

export interface TimeFormat {
  /** "Sat 10 Oct" */
  day: (atMs: EpochMs) => string;
  /** "09:18:34" */
  time: (atMs: EpochMs) => string;
  /** "BST", "GMT+2", "UTC": the zone's short name at that moment (it changes with daylight saving). */
  zone: (atMs: EpochMs) => string;
  /** "Europe/London" or "UTC". */
  zoneName: string;
  utc: boolean;
}

/** Formatters for the viewer's time zone (or UTC), 24-hour and unambiguous, built once per zone. */
export function makeTimeFormat(utc: boolean): TimeFormat {
  const timeZone = utc ? 'UTC' : undefined;
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
  const zoneName = utc ? 'UTC' : (Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'local time');
  return {
    day: (atMs) => day.format(atMs),
    time: (atMs) => time.format(atMs),
    zone: (atMs) => zone.formatToParts(atMs).find((part) => part.type === 'timeZoneName')?.value ?? zoneName,
    zoneName,
    utc,
  };
}
