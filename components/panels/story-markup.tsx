import type { ReactNode } from 'react';
import { isoDateToUtc } from '@/content/dates';
import type { ContextEntry, IsoDate } from '@/content/types';

/**
 * The tags a story body may use: one `<p>` per paragraph, or one `<li>` per point of a list. The paragraphs are
 * marked up inside the message, so each language can split its text where its own sentences fall.
 */
export const BODY_TAGS = {
  p: (chunks: ReactNode) => <p>{chunks}</p>,
  li: (chunks: ReactNode) => <li>{chunks}</li>,
};

/** A `<when>` tag: the date a message prints, with its machine-readable form. */
export function timeTag(date: IsoDate) {
  return function When(chunks: ReactNode) {
    return <time dateTime={date}>{chunks}</time>;
  };
}

/** Dates as ICU `{name, date, …}` arguments; the message picks the fields each language writes. */
export function dateValues(dates: Readonly<Record<string, IsoDate>>): Record<string, Date> {
  return Object.fromEntries(Object.entries(dates).map(([name, date]) => [name, isoDateToUtc(date)]));
}

/** The ICU arguments an entry's texts take: its date as `date`, and its figures by name. */
export function entryValues(entry: ContextEntry): Record<string, number | Date> {
  return { ...entry.figures, ...(entry.date === undefined ? {} : dateValues({ date: entry.date })) };
}
