import type { Degrees, EpochMs } from '../units';

/** A validated two-line element set. Lines are kept verbatim so SGP4 sees exactly what was checked. */
export interface Tle {
  /** Name from the optional title line ("ISS (ZARYA)"), trimmed; null when the set had no title. */
  name: string | null;
  noradId: number;
  line1: string;
  line2: string;
  epochMs: EpochMs;
  inclinationDeg: Degrees;
  /** Revolutions per day. */
  meanMotionRevPerDay: number;
  /** Revolution number at epoch, as published in line 2 columns 64-68. */
  revolutionAtEpoch: number;
  eccentricity: number;
}

/** Where a TLE problem is, in words a person fixing the file can act on. Columns are 1-based. */
export interface TleProblem {
  line: 1 | 2 | null;
  column: number | null;
  message: string;
}
