import { tleAgeDays } from '../../lib/tle';
import type { EpochMs } from '../../lib/units';
import { liveSourceStatus, type LiveSourceStatus, type TleReportInput, type TleSourceName } from './tle-report';
import { isoFromMs, isoOrNull } from './iso';

/** Beyond this age SGP4 predictions of the ISS are off by tens of km: worth an operator's attention. */
export const STALE_TLE_DAYS = 14;

/** What the server knows about its TLE source (server/tle-source.ts `TleHealth` has this shape). */
export interface HealthInput {
  tle: TleReportInput;
  upstream: {
    configured: boolean;
    kind: 'none' | 'http' | 'file';
    role: 'fetch' | 'follow';
    lastAttemptAtMs: EpochMs | null;
    lastResult: string | null;
    lastError: string | null;
    lastErrorAtMs: EpochMs | null;
    nextAllowedAtMs: EpochMs | null;
    consecutiveFailures: number;
    failingSinceMs: EpochMs | null;
    /** The URL(s) or file path read (null when offline). */
    location: string | null;
  };
  persistence: { dataDir: string; lastWriteAtMs: EpochMs | null; lastError: string | null };
  configProblems: Array<{ variable: string; value: string; message: string; accepted: string }>;
}

/** The body of GET /api/health. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  /** Why the status is 'degraded' (empty when 'ok'). */
  reasons: string[];
  version: string;
  time: string;
  tle: { noradId: number; source: TleSourceName; epoch: string; ageDays: number; fetchedAt: string | null };
  upstream: {
    configured: boolean;
    kind: 'none' | 'http' | 'file';
    /** 'follow': this process does not fetch; the upstream fields are the fetching process's. */
    role: 'fetch' | 'follow';
    lastAttemptAt: string | null;
    lastResult: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
    nextAllowedAt: string | null;
    consecutiveFailures: number;
    /** When the current run of failures began; null while the last attempt succeeded. */
    failingSince: string | null;
  };
  /** The live source in one word and since when (the same as /api/tle's `liveSource`). */
  liveSource: LiveSourceStatus;
  persistence: { dataDir: string; lastWriteAt: string | null; lastError: string | null };
  config: { problems: HealthInput['configProblems'] };
}

export function buildHealthReport(input: HealthInput, version: string, nowMs: EpochMs): HealthReport {
  const ageDays = tleAgeDays(input.tle.tle.epochMs, nowMs);
  const reasons: string[] = [];
  if (ageDays > STALE_TLE_DAYS) reasons.push(`the TLE is ${ageDays.toFixed(1)} days old (more than ${STALE_TLE_DAYS})`);
  const liveSource = liveSourceStatus(input.upstream);
  if (liveSource.state === 'unreachable') {
    reasons.push(
      `the live source (${input.upstream.location ?? 'upstream'}) cannot be reached since ${liveSource.since ?? 'start'}: ` +
        `${input.upstream.consecutiveFailures} failed attempt(s), the last: ${input.upstream.lastError ?? ''}; ` +
        `serving the ${input.tle.source} TLE`,
    );
  } else if (input.upstream.consecutiveFailures > 0) {
    reasons.push(
      `the TLE source failed ${input.upstream.consecutiveFailures} time(s) in a row: ${input.upstream.lastError ?? ''}`,
    );
  }
  if (input.persistence.lastError !== null) reasons.push(input.persistence.lastError);
  for (const p of input.configProblems) reasons.push(`config ${p.variable}: ${p.message}`);
  const { upstream, persistence } = input;
  return {
    status: reasons.length === 0 ? 'ok' : 'degraded',
    reasons,
    version,
    time: isoFromMs(nowMs),
    tle: {
      noradId: input.tle.tle.noradId,
      source: input.tle.source,
      epoch: isoFromMs(input.tle.tle.epochMs),
      ageDays: Math.round(ageDays * 1e4) / 1e4,
      fetchedAt: isoOrNull(input.tle.fetchedAtMs),
    },
    upstream: {
      configured: upstream.configured,
      kind: upstream.kind,
      role: upstream.role,
      lastAttemptAt: isoOrNull(upstream.lastAttemptAtMs),
      lastResult: upstream.lastResult,
      lastError: upstream.lastError,
      lastErrorAt: isoOrNull(upstream.lastErrorAtMs),
      nextAllowedAt: isoOrNull(upstream.nextAllowedAtMs),
      consecutiveFailures: upstream.consecutiveFailures,
      failingSince: isoOrNull(upstream.failingSinceMs),
    },
    liveSource,
    persistence: {
      dataDir: persistence.dataDir,
      lastWriteAt: isoOrNull(persistence.lastWriteAtMs),
      lastError: persistence.lastError,
    },
    config: { problems: input.configProblems },
  };
}
