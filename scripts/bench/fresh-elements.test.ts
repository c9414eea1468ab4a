import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTleText, tleChecksum } from '../../lib/tle';
import { EMBEDDED_TLE_TEXT } from '../../server/tle/embedded-tle';
import { writeFreshElements } from './fresh-elements';

describe('the bench serves the embedded orbit with a recent epoch', () => {
  it('moves only the epoch (to 3 h before now) and keeps both checksums right', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fresh-elements-'));
    try {
      const nowMs = Date.parse('2027-03-01T12:00:00Z');
      const [fresh] = parseTleText(fs.readFileSync(writeFreshElements(dir, nowMs), 'utf8'));
      const [embedded] = parseTleText(EMBEDDED_TLE_TEXT);
      expect(fresh && embedded).toBeTruthy();
      if (!fresh || !embedded) return;
      // 8 decimals of a day: the field holds the epoch to within a millisecond.
      expect(Math.abs(fresh.epochMs - (nowMs - 3 * 3_600_000))).toBeLessThan(1);
      expect(fresh.line2).toBe(embedded.line2);
      expect(fresh.line1.slice(0, 18)).toBe(embedded.line1.slice(0, 18));
      expect(fresh.line1.slice(32, 68)).toBe(embedded.line1.slice(32, 68));
      expect(Number(fresh.line1[68])).toBe(tleChecksum(fresh.line1));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
