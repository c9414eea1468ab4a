import type { EpochMs } from '../units';

interface DisplayFormat {
  /** "18:04:09" */
  time(atMs: EpochMs): string;
  /** "18:04" */
  hoursMinutes(atMs: EpochMs): string;
  /** "Sat 10 Oct" */
  day(atMs: EpochMs): string;
  /** "BST", "AEDT", "EDT"; "GMT+9" where no abbreviation is in common English use. */
  zone(atMs: EpochMs): string;
}

// Locales whose short zone names cover the English-speaking world; the first that has a real abbreviation wins.
const ZONE_NAME_LOCALES = ['en-GB', 'en-US', 'en-AU', 'en-IN', 'en-NZ', 'en-CA'];

const cache = new Map<string, DisplayFormat>();

/** A 24-hour wall clock to the second ("21:07:05"), the one every page shows times with. */
export const CLOCK_TIME: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

/**
 * Clock and date words for a zone (undefined = the machine's), in the reader's language. The wall time always comes
 * from Intl with the date in hand, so midnight, DST changes and a corrected machine clock need no special cases. One
 * set of formatters per zone and language: the clocks call this every second.
 */
export function displayFormat(timeZone: string | undefined, locale: string): DisplayFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const time = new Intl.DateTimeFormat(locale, { timeZone, ...CLOCK_TIME });
  const hoursMinutes = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  // The reader's language first ("JST" in Japanese, "MEZ" in German), then the English-speaking world's.
  const zones = [locale, ...ZONE_NAME_LOCALES].map(
    (tag) => new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: 'short' }),
  );
  const zoneName = (formatter: Intl.DateTimeFormat, atMs: EpochMs) =>
    formatter.formatToParts(new Date(atMs)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const format: DisplayFormat = {
    time: (atMs) => time.format(new Date(atMs)),
    hoursMinutes: (atMs) => hoursMinutes.format(new Date(atMs)),
    day: (atMs) => day.format(new Date(atMs)).replace(',', ''),
    zone: (atMs) => {
      let fallback = '';
      for (const formatter of zones) {
        const name = zoneName(formatter, atMs);
        if (name !== '' && !/^(GMT|UTC)[+-−]/.test(name)) return name;
        if (fallback === '') fallback = name;
      }
      return fallback;
    },
  };
  cache.set(key, format);
  return format;
}

/** A place-like name for a zone: "Australia/Sydney" -> "Sydney", "America/Argentina/Buenos_Aires" -> "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.slice(timeZone.lastIndexOf('/') + 1);
  return last.replace(/_/g, ' ');
}
