import type { EpochMs } from '@/lib/units';
import { displayFormat } from '@/lib/format/zoned-clock';

export interface TimeFormat {
  /** "Sat 10 Oct", "sam. 10 oct.", "10月10日(土)" */
  day: (atMs: EpochMs) => string;
  /** "09:18:34" */
  time: (atMs: EpochMs) => string;
  /** "BST", "MEZ", "GMT+2", "UTC": the zone's short name at that moment (it changes with daylight saving). */
  zone: (atMs: EpochMs) => string;
  /** "London time, BST", "UTC": the zone in words. */
  zoneName: string;
  /** The IANA zone the times are in. */
  timeZone: string;
}

/** This device's own zone ("Pacific/Auckland"). */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/**
 * Formatters for one time zone (the device's when undefined) in the reader's language, 24-hour and unambiguous:
 * the app's one clock format (lib/format/zoned-clock.ts), built once per zone and language. `zoneName` names the
 * zone for people; by default the IANA name.
 */
export function makeTimeFormat(locale: string, zone?: string, zoneName?: string): TimeFormat {
  const timeZone = zone ?? deviceTimeZone();
  const format = displayFormat(timeZone, locale);
  return {
    day: format.day,
    time: format.time,
    zone: format.zone,
    zoneName: zoneName ?? timeZone,
    timeZone,
  };
}
