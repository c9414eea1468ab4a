import { tleChecksum } from '../../lib/tle';
import { MS_PER_DAY } from '../../lib/units';

/**
 * Line 1 of a TLE with another epoch (columns 19-32, "YYDDD.DDDDDDDD") and its checksum: the same orbit, moved in
 * time. For element sets that follow a test's clock (e2e/re-epoched-elements.ts) or the bench's (fresh-elements.ts).
 */
export function withEpoch(line1: string, epochMs: number): string {
  const date = new Date(epochMs);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const dayOfYear = 1 + (epochMs - yearStart) / MS_PER_DAY;
  const field = `${String(date.getUTCFullYear() % 100).padStart(2, '0')}${dayOfYear.toFixed(8).padStart(12, '0')}`;
  const body = `${line1.slice(0, 18)}${field}${line1.slice(32, 68)}`;
  return `${body}${tleChecksum(body)}`;
}
