import type { IsoDate } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

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

/**
 * Human form at the date's own precision: "1998", "July 2021", "8 November 2021". Built by hand
 * rather than with Intl so the server and any client print exactly the same text in any time zone.
 */
export function formatIsoDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Chronological comparison for sorting; a coarser date sorts before the finer dates inside it. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
