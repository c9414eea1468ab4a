import type { EpochMs } from '../units';
import { formatNumber, type Speech } from './speech';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-10-10 08:18:34 UTC": unambiguous, independent of the viewer's locale. */
export function formatUtc(atMs: EpochMs, withSeconds = true): string {
  const d = new Date(atMs);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return `${date} ${time} UTC`;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (the first one loads locale data: tens
// of milliseconds on a slow phone), and the panels format every second: keep one per zone and precision.
const localFormatters = new Map<string, Intl.DateTimeFormat>();

function localFormatter(locale: string, timeZone: string | undefined, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${withSeconds ? 's' : 'm'}`;
  let formatter = localFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
      hour12: false,
      timeZoneName: 'short',
    });
    localFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Builds the viewer's local-time formatter ahead of use. The first Intl formatter of a page loads the locale and
 * zone data (30-40 ms here); a page calls this in a task of its own while it waits for its code, so that cost
 * does not land inside hydration's task.
 */
export function prepareLocalTimeFormat(locale: string): void {
  localFormatter(locale, undefined, true);
}

/** Local wall time in a named IANA zone (or the viewer's), in the reader's language, with the zone's short name. */
export function formatLocal(atMs: EpochMs, locale: string, timeZone?: string, withSeconds = true): string {
  return localFormatter(locale, timeZone, withSeconds).format(new Date(atMs));
}

/** Age as "2.4 days old" / "5 h old" / "12 min old" / "3 h ahead": the TLE badge's wording. */
export function formatAge(ageDays: number, speech: Speech): string {
  const { words } = speech;
  const abs = Math.abs(ageDays);
  if (abs * 1440 < 1) return words('badge.fresh');
  let age: string;
  // Always one decimal, so the badge does not change width as a day turns over ("6.0 days", "6,0 jours").
  if (abs >= 1) age = words('badge.days', { count: formatNumber(abs, speech.locale, 1) });
  else if (abs * 24 >= 1) age = words('duration.h', { h: Math.round(abs * 24) });
  else age = words('duration.m', { m: Math.round(abs * 1440) });
  return words(ageDays < 0 ? 'badge.ahead' : 'badge.old', { age });
}
