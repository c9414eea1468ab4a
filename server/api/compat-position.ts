import { serverNowMs } from '@/server/clock';
import 'server-only';
import type { DistanceUnits } from '@/server/api/position-query';
import { checkAtNearEpoch } from '@/server/api/position-query';
import { buildPositionReport, type PositionReport } from '@/server/api/position-report';
import type { EpochMs } from '@/lib/units';
import { satrecFor } from './satrec-cache';
import { getTle, type TleRecord } from '@/server/tle-source';

/** "Now" on the whole second, as /api/position takes it: `timestamp` is then an integer, as clients expect. */
export const nowOnTheSecond = (): EpochMs => Math.floor(serverNowMs() / 1000) * 1000;

/**
 * The station's state at each instant, built by /api/position's own builder (so every field it carries flows
 * through to the compatible routes), or the reason an instant cannot be answered.
 */
export async function positionsAt(
  atMs: readonly EpochMs[],
  units: DistanceUnits,
): Promise<{ ok: true; reports: PositionReport[]; record: TleRecord } | { ok: false; error: string }> {
  const record = await getTle();
  const { tle, source } = record;
  const reports: PositionReport[] = [];
  for (const t of atMs) {
    const outOfRange = checkAtNearEpoch(t, tle.epochMs);
    if (outOfRange) return { ok: false, error: `timestamp ${t / 1000}: ${outOfRange.error.message}` };
    const report = buildPositionReport({ tle, satrec: satrecFor(tle), tleSource: source, atMs: t, units });
    if (!report)
      return { ok: false, error: `timestamp ${t / 1000}: SGP4 cannot propagate the elements to this instant` };
    reports.push(report);
  }
  return { ok: true, reports, record };
}
