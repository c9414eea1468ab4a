import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedIsoDate {
  year: number;
  /** 1-12 when known. */
  month?: number;
  /** 1-31 when known. */
  day?: number;
  precision: DatePrecision;
}

/** Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD", rejecting impossible months and days (e.g. 2021-02-29). */
export function parseIsoDate(date: IsoDate): ParsedIsoDate {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY, YYYY-MM or YYYY-MM-DD date: "${date}"`);
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`Month out of range in "${date}"`);
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new RangeError(`Day out of range in "${date}"`);
  return { year, month, day, precision: 'day' };
}

/** The first instant (UTC) of the year, month or day, for an ICU `{arg, date, …}` argument or Intl. */
export function isoDateToUtc(date: IsoDate): Date {
  const { year, month = 1, day = 1 } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day));
}

const FIELDS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Human form at the date's own precision, in `locale`'s words and order: "July 2021", "juillet 2021",
 * "2021年7月"; "20. November 1998". Always in UTC: the dates are calendar dates, not instants, so a reader's or
 * the server's time zone must not move them to the day before.
 */
export function formatIsoDate(date: IsoDate, locale: string): string {
  const { precision } = parseIsoDate(date);
  const key = `${locale} ${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...FIELDS[precision], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(isoDateToUtc(date));
}

/** Chronological comparison for sorting; a coarser date sorts before the finer dates inside it. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
