/**
 * The colour of the TLE badge's age pill: amber past 3 days, red past a week. The figure of how far off a
 * prediction may be comes from the calibrated error model (lib/orbit/uncertainty.ts), not from these classes.
 */
type TleFreshness = 'fresh' | 'aging' | 'stale' | 'future';

const AGING_AFTER_DAYS = 3;
const STALE_AFTER_DAYS = 7;

export function tleFreshness(ageDays: number): TleFreshness {
  if (ageDays < -1) return 'future';
  if (ageDays > STALE_AFTER_DAYS) return 'stale';
  if (ageDays > AGING_AFTER_DAYS) return 'aging';
  return 'fresh';
}
