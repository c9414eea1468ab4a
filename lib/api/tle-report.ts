import { tleAgeDays, type Tle } from '../tle';
import type { EpochMs } from '../units';
import { isoFromMs, isoOrNull } from './iso';

export type TleSourceName = 'live' | 'cached' | 'file' | 'embedded';

/** The body of GET /api/tle (also the page's initial SWR data). */
export interface TleReport {
  name: string | null;
  noradId: number;
  line1: string;
  line2: string;
  /** TLE epoch, ISO 8601 UTC. */
  epoch: string;
  /** Age of the epoch at the time of the answer, in days. */
  ageDays: number;
  source: TleSourceName;
  /** When the server obtained the TLE, ISO 8601 UTC; null for the built-in one. */
  fetchedAt: string | null;
}

export interface TleReportInput {
  tle: Tle;
  source: TleSourceName;
  fetchedAtMs: EpochMs | null;
}

export function buildTleReport(record: TleReportInput, nowMs: EpochMs): TleReport {
  const { tle } = record;
  return {
    name: tle.name,
    noradId: tle.noradId,
    line1: tle.line1,
    line2: tle.line2,
    epoch: isoFromMs(tle.epochMs),
    ageDays: Math.round(tleAgeDays(tle.epochMs, nowMs) * 1e4) / 1e4,
    source: record.source,
    fetchedAt: isoOrNull(record.fetchedAtMs),
  };
}
