import { readFileSync } from 'node:fs';
import { parseTleText, type Tle } from '../lib/tle';

// The real element sets of test-support/fixtures/tles.txt (ISS, Tiangong, Hubble, 2021-2026), parsed once for every test.
const catalogue = parseTleText(readFileSync('test-support/fixtures/tles.txt', 'utf8'));

/** The newest set of a catalogue number in tles.txt. */
export function newestTle(noradId: number): Tle {
  const sets = catalogue.filter((t) => t.noradId === noradId).sort((a, b) => a.epochMs - b.epochMs);
  const last = sets[sets.length - 1];
  if (!last) throw new Error(`no TLE for ${noradId}`);
  return last;
}
