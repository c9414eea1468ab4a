import type { EpochMs } from '@/lib/units';
import { CLOCK_TIME } from '@/lib/format/zoned-clock';

export interface TimeFormat {
  /** "Sat 10 Oct" */
  day: (atMs: EpochMs) => string;
  /** "09:18:34" */
  time: (atMs: EpochMs) => string;
  /** "BST", "GMT+2", "UTC": the zone's short name at that moment (it changes with daylight saving). */
  zone: (atMs: EpochMs) => string;
  /** "London time, BST", "UTC": the zone in words. */
  zoneName: string;
  /** The IANA zone the times are in. */
  timeZone: string;
}

/** This device's own zone ("Pacific/Auckland"). */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/**
 * Formatters for one time zone (the device's when undefined), 24-hour and unambiguous, built once per zone.
 * `zoneName` names it for people; by default the IANA name.
 */
export function makeTimeFormat(zone?: string, zoneName?: string): TimeFormat {
  const timeZone = zone ?? deviceTimeZone();
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, ...CLOCK_TIME });
  const zoneFormat = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
  return {
    day: (atMs) => day.format(atMs),
    time: (atMs) => time.format(atMs),
    zone: (atMs) => zoneFormat.formatToParts(atMs).find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
    zoneName: zoneName ?? timeZone,
    timeZone,
  };
}
