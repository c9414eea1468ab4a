import { readFileSync } from 'node:fs';
import { parseTleText, type Tle } from '../tle';

// The real element sets of fixtures/tles.txt (ISS, Tiangong, Hubble, 2021-2026), parsed once for every test.
const catalogue = parseTleText(readFileSync('fixtures/tles.txt', 'utf8'));

/** The newest set of a catalogue number in tles.txt. */
export function newestTle(noradId: number): Tle {
  const sets = catalogue.filter((t) => t.noradId === noradId).sort((a, b) => a.epochMs - b.epochMs);
  const last = sets[sets.length - 1];
  if (!last) throw new Error(`no TLE for ${noradId}`);
  return last;
}
