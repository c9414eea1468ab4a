import { MS_PER_DAY as UNITS_MS_PER_DAY, type EpochMs } from '../units';

/** A module-local copy: julianDate runs per sample, and an imported binding is a property read per use. */
const MS_PER_DAY = UNITS_MS_PER_DAY;

/** Julian date of the Unix epoch (1970-01-01T00:00Z). */
export const JD_UNIX_EPOCH = 2_440_587.5;

/**
 * Julian date (UTC, used as UT1 like satellite.js does) of a Unix-ms instant. Computed directly rather than
 * through satellite.js `jday(new Date())` so hot loops allocate nothing.
 */
export function julianDate(atMs: EpochMs): number {
  return atMs / MS_PER_DAY + JD_UNIX_EPOCH;
}
