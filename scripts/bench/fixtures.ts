// The case every Node benchmark uses: the shared reference TLE (ISS, epoch 2026-10-09T19:42:49.139Z).
import { createSatrec } from '../../lib/orbit/satrec';
import { parseTleText, type Tle } from '../../lib/tle';

export const ISS_TLE_TEXT = `ISS (ZARYA)
1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998
2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526`;

export function issTle(): Tle {
  const tle = parseTleText(ISS_TLE_TEXT)[0];
  if (!tle) throw new Error('benchmark TLE did not parse');
  return tle;
}

export const issSatrec = () => createSatrec(issTle());
