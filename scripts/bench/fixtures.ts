// The case every Node benchmark uses: the shared reference TLE (ISS, epoch 2026-10-09T19:42:49.139Z).
import { createSatrec } from '../../lib/orbit/satrec';
import { REFERENCE_TLE } from '../../test-support/passes';
import { parseTleText, type Tle } from '../../lib/tle';

export function issTle(): Tle {
  const tle = parseTleText(REFERENCE_TLE)[0];
  if (!tle) throw new Error('benchmark TLE did not parse');
  return tle;
}

export const issSatrec = () => createSatrec(issTle());
