import type { Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';
import type { ServerConfig, Upstream } from '../config';
import { retryDelayMs } from './backoff';
import { createLastGood } from './last-good';
import { removeStaleTempFiles, writeFileAtomic } from './persistence';
import { readPlace, type PlaceOutcome } from './read-place';
import type { TleProvider, TleSourceDeps } from './types';
import { placeName } from './upstream-chain';
import { describeUpstream, noteFailure, noteSuccess, statusOf } from './upstream-record';
import { serializeUpstreamStatus, upstreamStatusPath, type UpstreamResult } from './upstream-status';

const iso = (ms: EpochMs): string => new Date(ms).toISOString();

/**
 * The process that asks upstream (TLE_ROLE=fetch): the places of `chain` in order, at most once per refresh
 * interval after a success, with backoff after failures and one request in flight at a time. What it gets is
 * kept in DATA_DIR with its status, for a restart and for the following processes.
 */
export function createHttpFetcher(chain: readonly Upstream[], config: ServerConfig, deps: TleSourceDeps): TleProvider {
  const { log } = deps;
  const refreshMs = config.refreshHours * 3_600_000;
  const statusPath = upstreamStatusPath(config.dataDir, config.noradId);
  const lastGood = createLastGood(config, deps);
  const upstream = describeUpstream(config);
  let initialized = false;
  let inflight: Promise<void> | null = null;

  function init(): void {
    const now = deps.nowMs();
    const saved = lastGood.load(now);
    // A restart must not refetch while the persisted copy is still fresh.
    if (saved) upstream.nextAllowedAtMs = saved.fetchedAtMs + refreshMs;
    void removeStaleTempFiles(lastGood.path, now);
  }

  function recordFailure(result: UpstreamResult, message: string, now: EpochMs, retryAfterMs: number | null): void {
    noteFailure(upstream, result, message, now);
    upstream.nextAllowedAtMs = now + retryDelayMs(upstream.consecutiveFailures, refreshMs, retryAfterMs);
    const serving = lastGood.current();
    log.warn(
      `${upstream.location ?? ''}: ${message}; keeping the ${serving.source} TLE (epoch ${iso(serving.tle.epochMs)}); ` +
        `failure ${upstream.consecutiveFailures}, next attempt after ${iso(upstream.nextAllowedAtMs)}`,
    );
  }

  /** One attempt: the places of TLE_SOURCE in order, until one gives a good TLE. */
  async function attempt(chain: readonly Upstream[]): Promise<void> {
    upstream.lastAttemptAtMs = deps.nowMs();
    const failures: Array<Extract<PlaceOutcome, { ok: false }> & { where: string }> = [];
    for (const place of chain) {
      const outcome = await readPlace(place, {
        noradId: config.noradId,
        fetchTimeoutMs: config.fetchTimeoutMs,
        fetch: deps.fetch,
        nowMs: deps.nowMs,
        heldEpochMs: () => lastGood.current().tle.epochMs,
      });
      if (outcome.ok) return adopt(outcome.tle, outcome.origin);
      failures.push({ ...outcome, where: placeName(place) });
    }
    const now = deps.nowMs();
    const last = failures.at(-1);
    if (!last) return;
    // One place: its own words, as before lists existed. Several: each place and what it answered.
    const message = failures.length === 1 ? last.message : failures.map((f) => `${f.where}: ${f.message}`).join('; ');
    const retryAfterMs = Math.max(0, ...failures.map((f) => f.retryAfterMs ?? 0));
    recordFailure(last.result, message, now, retryAfterMs > 0 ? retryAfterMs : null);
  }

  async function adopt(tle: Tle, origin: string): Promise<void> {
    const now = deps.nowMs();
    const serving = lastGood.current();
    const unchanged = tle.line1 === serving.tle.line1 && tle.line2 === serving.tle.line2;
    noteSuccess(upstream, unchanged ? 'unchanged' : 'ok');
    upstream.nextAllowedAtMs = now + refreshMs;
    if (!unchanged) log.info(`${origin}: new TLE, epoch ${iso(tle.epochMs)}`);
    // Persisting an unchanged TLE too records the fetch time, so a restart knows it need not refetch.
    await lastGood.keepFetched(tle, now, origin);
  }

  function refresh(): Promise<void> {
    if (inflight) return inflight;
    inflight = attempt(chain)
      .catch((e: unknown) =>
        recordFailure('network-error', `unexpected error: ${(e as Error).message}`, deps.nowMs(), null),
      )
      .then(saveUpstreamStatus)
      .finally(() => {
        inflight = null;
      });
    return inflight;
  }

  async function saveUpstreamStatus(): Promise<void> {
    try {
      await writeFileAtomic(statusPath, serializeUpstreamStatus(statusOf(upstream)));
    } catch (e) {
      log.warn(`cannot write ${statusPath}: ${(e as Error).message}`);
    }
  }

  function refreshDue(now: EpochMs): boolean {
    const fetchedAtMs = lastGood.heldFetchedAtMs();
    if (fetchedAtMs !== null && now < fetchedAtMs + refreshMs) return false;
    return upstream.nextAllowedAtMs === null || now >= upstream.nextAllowedAtMs;
  }

  return {
    poll() {
      if (initialized) return;
      initialized = true;
      init();
    },
    refreshIfDue() {
      if (refreshDue(deps.nowMs())) void refresh();
    },
    current: () => lastGood.current(),
    upstream: () => ({ ...upstream }),
    persistence: () => lastGood.persistence(),
    async idle() {
      while (inflight) await inflight;
    },
  };
}
