import fs from 'node:fs';
import path from 'node:path';
import { parseTleText } from '../../lib/tle';
import { EMBEDDED_TLE_TEXT } from '../../server/tle/embedded-tle';
import { withEpoch } from '../../test-support/tle/with-epoch';

/** How old the bench's elements are when the server starts: a few hours, as a live feed gives them. */
const AGE_MS = 3 * 3_600_000;

/**
 * The embedded ISS set moved to an epoch a few hours before `nowMs`, written to `dir`: the path to give the server
 * as TLE_SOURCE. The page figures wait for the station's marker, which the page rightly hides once the elements
 * are too old to place the station (docs/uncertainty.md); with the embedded set as it is, every bench run after
 * mid-November 2026 would time out on the machine's date. The browser's clock is left real, so the timings are
 * the page's own.
 */
export function writeFreshElements(dir: string, nowMs: number): string {
  const [tle] = parseTleText(EMBEDDED_TLE_TEXT);
  if (!tle) throw new Error('the embedded TLE does not parse');
  const file = path.join(dir, 'bench-elements.tle');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, [tle.name ?? 'ISS (ZARYA)', withEpoch(tle.line1, nowMs - AGE_MS), tle.line2, ''].join('\n'));
  return file;
}
