import 'server-only';
import { createSatrec, type SatRec } from '@/lib/orbit/satrec';
import type { Tle } from '@/lib/tle';

let cached: { line1: string; line2: string; satrec: SatRec } | null = null;

/** SGP4 initialisation for the TLE in use, redone only when the lines change. */
export function satrecFor(tle: Tle): SatRec {
  if (cached?.line1 !== tle.line1 || cached.line2 !== tle.line2) {
    cached = { line1: tle.line1, line2: tle.line2, satrec: createSatrec(tle) };
  }
  return cached.satrec;
}
