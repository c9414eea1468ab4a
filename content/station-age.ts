import { MS_PER_DAY, type EpochMs } from '../lib/units';

/** Zarya, the first station module, left Baikonur on a Proton rocket at this instant (UTC). */
export const ZARYA_LAUNCH_ISO = '1998-11-20T06:40:00Z';
export const ZARYA_LAUNCH_MS: EpochMs = Date.UTC(1998, 10, 20, 6, 40, 0);

export interface StationAge {
  /** Whole anniversaries of Zarya's launch passed. */
  years: number;
  /** Whole days since the latest anniversary: 0..364, or 0..365 when a 29 February falls in between. */
  days: number;
  /** Whole days since launch. */
  totalDays: number;
}

function anniversaryMs(year: number): EpochMs {
  return Date.UTC(year, 10, 20, 6, 40, 0);
}

/**
 * Age of the station, counted from Zarya's launch, at `atMs`. Anniversaries fall on 20 November at
 * 06:40 UTC, so a year is 365 or 366 days depending on whether it holds a 29 February. A moment
 * before launch gives zero rather than a negative age: the only way to get there is a wrong clock,
 * and a panel should not print "-3 years".
 */
export function stationAge(atMs: EpochMs): StationAge {
  if (!Number.isFinite(atMs)) throw new RangeError(`stationAge needs a finite time, got ${atMs}`);
  if (atMs < ZARYA_LAUNCH_MS) return { years: 0, days: 0, totalDays: 0 };

  let year = new Date(atMs).getUTCFullYear();
  if (atMs < anniversaryMs(year)) year -= 1;
  const lastAnniversaryMs = anniversaryMs(year);

  return {
    years: year - 1998,
    days: Math.floor((atMs - lastAnniversaryMs) / MS_PER_DAY),
    totalDays: Math.floor((atMs - ZARYA_LAUNCH_MS) / MS_PER_DAY),
  };
}

// The age in words is the message `story.station.age.value`, an ICU plural per unit in each language.

/**
 * The age as an HTML duration string for `<time dateTime>`. HTML durations allow days but not
 * years (a year has no fixed length), so the total day count is used.
 */
export function stationAgeDuration(age: StationAge): string {
  return `P${age.totalDays}D`;
}
