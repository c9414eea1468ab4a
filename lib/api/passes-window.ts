import { formatUtc } from '../format/time';
import { MS_PER_DAY, type EpochMs } from '../units';

/** The pass list's window: 10 days by default, at most 30 (the contract for the page and the API). */
export const DEFAULT_PASS_DAYS = 10;
export const MAX_PASS_DAYS = 30;
export const DEFAULT_PASS_MIN_ELEVATION_DEG = 10;
/**
 * Beyond about a week from its epoch a TLE's along-track error for a low orbit grows to tens of seconds and
 * then minutes (drag is modelled crudely), so pass times should be re-checked with fresher elements.
 */
export const TLE_RELIABLE_DAYS = 7;

/** A warning when the window reaches more than TLE_RELIABLE_DAYS from the TLE epoch (either side), else null. */
export function tleWindowWarning(fromMs: EpochMs, toMs: EpochMs, epochMs: EpochMs): string | null {
  const afterDays = (toMs - epochMs) / MS_PER_DAY;
  const beforeDays = (epochMs - fromMs) / MS_PER_DAY;
  const epoch = formatUtc(epochMs, false);
  if (afterDays > TLE_RELIABLE_DAYS) {
    return (
      `The list reaches ${afterDays.toFixed(1)} days past the orbital elements' epoch (${epoch}). Beyond about ` +
      `${TLE_RELIABLE_DAYS} days pass times can drift by minutes: check again nearer the date.`
    );
  }
  if (beforeDays > TLE_RELIABLE_DAYS) {
    return (
      `The list starts ${beforeDays.toFixed(1)} days before the orbital elements' epoch (${epoch}); ` +
      `more than ${TLE_RELIABLE_DAYS} days back, past passes are only approximate.`
    );
  }
  return null;
}
