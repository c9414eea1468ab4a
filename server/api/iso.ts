import type { EpochMs } from '../../lib/units';

/**
 * ISO 8601 UTC of an instant. TLE epochs carry sub-millisecond fractions (…49.13885 s) and toISOString
 * truncates, so round to the nearest millisecond first: the reference epoch reads 19:42:49.139Z, not .138Z.
 */
export const isoFromMs = (ms: EpochMs): string => new Date(Math.round(ms)).toISOString();

export const isoOrNull = (ms: EpochMs | null): string | null => (ms === null ? null : isoFromMs(ms));
