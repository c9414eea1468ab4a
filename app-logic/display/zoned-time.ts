import { MS_PER_DAY, type EpochMs } from '../../lib/units';

/** A wall-clock time of day, 24-hour. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** "03:30" or "3:30" (24-hour) -> { hour: 3, minute: 30 }; null for anything else. */
export function parseClockTime(text: string): ClockTime | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

export const formatClockTime = ({ hour, minute }: ClockTime): string =>
  `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/**
 * The IANA zone name as the runtime spells it ("europe/london" -> "Europe/London"), or null when the runtime
 * does not know the zone. Intl is the only zone database we have, in Node and in the browser alike.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

// Formatters are costly to build and this runs on a schedule: keep one per zone.
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = offsetFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(key, formatter);
  }
  return formatter;
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallParts(atMs: EpochMs, timeZone: string | undefined): WallParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of offsetFormatter(timeZone).formatToParts(new Date(atMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Local wall time minus UTC at an instant, ms (+3 600 000 for CET in winter). Undefined zone = the machine's. */
export function zoneOffsetMs(atMs: EpochMs, timeZone?: string): number {
  const p = wallParts(atMs, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(atMs / 1000) * 1000;
}

/**
 * The first instant after `afterMs` at which the zone's wall clock reads `time`. Across a DST change it stays on
 * the wall clock (03:30 is 03:30 local on both sides); a time that does not exist that day (inside the spring-forward
 * gap) resolves to the instant the offset arithmetic lands on, within the hour, once that day.
 */
export function nextWallClockMs(afterMs: EpochMs, time: ClockTime, timeZone?: string): EpochMs {
  const today = wallParts(afterMs, timeZone);
  for (let dayOffset = 0; dayOffset <= 2; dayOffset += 1) {
    const wallAsUtc = Date.UTC(today.year, today.month - 1, today.day + dayOffset, time.hour, time.minute);
    // Two rounds: the offset at the guess can differ from the offset at the answer next to a DST change.
    const guess = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone);
    const candidate = wallAsUtc - zoneOffsetMs(guess, timeZone);
    if (candidate > afterMs) return candidate;
  }
  // Unreachable for real zones (a day always contains the time within two days); keep a sane answer anyway.
  return afterMs + MS_PER_DAY;
}
