/**
 * How much to trust a TLE at a given age. SGP4 errors for the ISS grow to a few km a day after
 * epoch, faster after a reboost; past a week the position can be off by tens of km and pass
 * times by a minute or more. The thresholds are the badge's amber (3 days) and red (7 days).
 */
export type TleFreshness = 'fresh' | 'aging' | 'stale' | 'future';

export const AGING_AFTER_DAYS = 3;
export const STALE_AFTER_DAYS = 7;

export function tleFreshness(ageDays: number): TleFreshness {
  if (ageDays < -1) return 'future';
  if (ageDays > STALE_AFTER_DAYS) return 'stale';
  if (ageDays > AGING_AFTER_DAYS) return 'aging';
  return 'fresh';
}

export function freshnessSentence(freshness: TleFreshness): string {
  switch (freshness) {
    case 'fresh':
      return 'Orbital elements are recent: positions are good to a few kilometres.';
    case 'aging':
      return 'Orbital elements are more than 3 days old: positions are approximate (errors grow by a few km a day, more after a reboost).';
    case 'stale':
      return 'Orbital elements are more than a week old: the station may be tens of kilometres or more from the marker, and pass times may be off by minutes.';
    case 'future':
      return 'The shown time is before these orbital elements were published: positions are back-projected and approximate.';
  }
}
