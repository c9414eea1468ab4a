import fs from 'node:fs';
import path from 'node:path';
import { parseTleText, type Tle } from '@/lib/tle';

/** Real TLEs (ISS, Tiangong, Hubble) copied from the shared reference data. */
export const FIXTURE_TLES: Tle[] = parseTleText(
  fs.readFileSync(path.join(process.cwd(), 'test-support/fixtures/tles.txt'), 'utf8'),
);

/** The fixture TLE of a satellite whose line 1 epoch field starts with `epochPrefix` (e.g. "26282.82"). */
export function fixtureTle(noradId: number, epochPrefix: string): Tle {
  const found = FIXTURE_TLES.find((t) => t.noradId === noradId && t.line1.slice(18, 32).startsWith(epochPrefix));
  if (!found) throw new Error(`no fixture TLE for ${noradId} at ${epochPrefix}`);
  return found;
}

export const tleText = (t: Tle): string => `${t.name ?? ''}\n${t.line1}\n${t.line2}\n`;
