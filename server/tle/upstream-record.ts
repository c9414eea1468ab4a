import type { EpochMs } from '@/lib/units';
import type { ServerConfig } from '../config';
import type { UpstreamHealth } from './types';
import { placeName, upstreamChain } from './upstream-chain';
import type { UpstreamResult, UpstreamStatus } from './upstream-status';

/** What health says about the configured source before the first attempt. */
export function describeUpstream(config: ServerConfig): UpstreamHealth {
  const setting = config.tleSource;
  return {
    configured: setting.kind !== 'none',
    kind: setting.kind,
    role: config.tleRole,
    location:
      setting.kind === 'http'
        ? upstreamChain(setting).map(placeName).join(', ')
        : setting.kind === 'file'
          ? setting.path
          : null,
    lastAttemptAtMs: null,
    lastResult: null,
    lastError: null,
    lastErrorAtMs: null,
    nextAllowedAtMs: null,
    consecutiveFailures: 0,
    failingSinceMs: null,
  };
}

/** A failed attempt is counted, and the first of a run of them is remembered: "unreachable since". */
export function noteFailure(status: UpstreamStatus, result: UpstreamResult, message: string, nowMs: EpochMs): void {
  status.lastResult = result;
  status.lastError = message;
  status.lastErrorAtMs = nowMs;
  status.consecutiveFailures += 1;
  status.failingSinceMs ??= nowMs;
}

/** A good answer ends the run of failures; the last error stays, for the operator. */
export function noteSuccess(status: UpstreamStatus, result: 'ok' | 'unchanged'): void {
  status.lastResult = result;
  status.consecutiveFailures = 0;
  status.failingSinceMs = null;
}

/** The part a fetching process saves for its followers (each of them describes the configured source itself). */
export function statusOf(upstream: UpstreamHealth): UpstreamStatus {
  const { configured: _c, kind: _k, role: _r, location: _l, ...status } = upstream;
  return status;
}
