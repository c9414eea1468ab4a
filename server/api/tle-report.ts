import { tleAgeDays, type Tle } from '../../lib/tle';
import type { EpochMs } from '../../lib/units';
import { isoFromMs, isoOrNull } from './iso';

export type TleSourceName = 'live' | 'cached' | 'file' | 'embedded';

/**
 * Can the server reach its live source? 'live': its last request succeeded. 'waiting': it has not had an answer
 * yet. 'unreachable': every request has failed since `since`. 'off': no live source (TLE_SOURCE=embedded or a
 * local file), by the operator's choice.
 */
export interface LiveSourceStatus {
  state: 'live' | 'waiting' | 'unreachable' | 'off';
  /** ISO 8601 UTC: when the run of failures began ('unreachable') or the last success ('live'); else null. */
  since: string | null;
}

/** The part of the server's upstream state the status is derived from. */
export interface LiveSourceInput {
  kind: 'none' | 'http' | 'file';
  lastResult: string | null;
  lastAttemptAtMs: EpochMs | null;
  consecutiveFailures: number;
  failingSinceMs: EpochMs | null;
}

export function liveSourceStatus(upstream: LiveSourceInput): LiveSourceStatus {
  if (upstream.kind !== 'http') return { state: 'off', since: null };
  if (upstream.consecutiveFailures > 0)
    return { state: 'unreachable', since: isoOrNull(upstream.failingSinceMs ?? upstream.lastAttemptAtMs) };
  if (upstream.lastResult === 'ok' || upstream.lastResult === 'unchanged')
    return { state: 'live', since: isoOrNull(upstream.lastAttemptAtMs) };
  return { state: 'waiting', since: null };
}

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
  /** Whether the server can reach its live source right now. */
  liveSource: LiveSourceStatus;
}

export interface TleReportInput {
  tle: Tle;
  source: TleSourceName;
  fetchedAtMs: EpochMs | null;
}

export function buildTleReport(record: TleReportInput, nowMs: EpochMs, liveSource: LiveSourceStatus): TleReport {
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
    liveSource,
  };
}
