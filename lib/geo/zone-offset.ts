import type { EpochMs } from '../units';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A time zone's offset from UTC at an instant, in hours (5.5 for India, -7 for California in summer), from the
 * runtime's own time-zone database. Throws a RangeError for a name the runtime does not know.
 */
export function utcOffsetHours(timeZone: string, atMs: EpochMs): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(atMs).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{1,2}):?(\d{2})?$/.exec(name);
  if (!match) return 0; // "GMT": UTC itself
  const hours = Number(match[2]) + Number(match[3] ?? 0) / 60;
  return match[1] === '-' ? -hours : hours;
}
