import { twoline2satrec, type SatRec } from 'satellite.js';
import type { Tle } from '../tle/types';

export type { SatRec };

const SATREC_ERRORS: Record<number, string> = {
  1: 'mean eccentricity is outside 0 <= e < 1',
  2: 'mean motion has fallen below zero',
  3: 'perturbed eccentricity is outside 0 <= e < 1',
  4: 'the semi-latus rectum has fallen below zero',
  6: 'the orbit has decayed (SGP4 puts the satellite below the surface)',
};

/** Words for a satellite.js SGP4 error code, for messages a person can act on. */
function describeSatrecError(code: number): string {
  return SATREC_ERRORS[code] ?? `SGP4 error code ${code}`;
}

/**
 * Initialise SGP4 (WGS72, improved mode, as every published verification set uses) for a parsed TLE.
 * Throws when SGP4 refuses the elements at epoch, so a bad set fails loudly at load and not as a blank map.
 */
export function createSatrec(tle: Tle): SatRec {
  const satrec = twoline2satrec(tle.line1, tle.line2);
  if (satrec.error !== 0) {
    const who = tle.name ?? `NORAD ${tle.noradId}`;
    throw new Error(`SGP4 cannot use the TLE for ${who}: ${describeSatrecError(satrec.error)}`);
  }
  return satrec;
}
