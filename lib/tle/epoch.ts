import { MS_PER_DAY, type EpochMs } from '../units';

/**
 * TLE epoch fields (two-digit year, fractional day of year, day 1.0 = Jan 1 00:00 UTC) to Unix ms.
 * Years 57-99 are 1957-1999, 00-56 are 2000-2056 (the Space-Track convention).
 */
export function tleEpochToMs(twoDigitYear: number, dayOfYear: number): EpochMs {
  const year = twoDigitYear < 57 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
  return Date.UTC(year, 0, 1) + (dayOfYear - 1) * MS_PER_DAY;
}

/** Age of a TLE at a moment, in days (negative when the epoch lies in the future). */
export function tleAgeDays(epochMs: EpochMs, atMs: EpochMs): number {
  return (atMs - epochMs) / MS_PER_DAY;
}
