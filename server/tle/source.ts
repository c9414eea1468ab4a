import fs from 'node:fs';
import path from 'node:path';
import { serverNowMs } from '../clock';
import { parseTle, type Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';
import type { ConfigProblem, ServerConfig, TleRole, Upstream } from '../config';
import { EMBEDDED_TLE_TEXT } from './embedded-tle';
import { fetchUpstream, type FetchLike } from './fetch-upstream';
import {
  persistedFileName,
  readPersistedSync,
  removeStaleTempFiles,
  serializePersisted,
  writeFileAtomic,
  type PersistedTle,
  type ReadPersistedResult,
} from './persistence';
import {
  readUpstreamStatusSync,
  serializeUpstreamStatus,
  upstreamStatusFileName,
  type UpstreamResult,
  type UpstreamStatus,
} from './upstream-status';
import { validateTleText } from './validate';

export type TleSourceKind = 'live' | 'cached' | 'file' | 'embedded';

/** The TLE to use right now and where it came from. */
export interface TleRecord {
  tle: Tle;
  /** 'live' fetched by this process, 'cached' read back from DATA_DIR (written by this or the fetching process), 'file' from TLE_SOURCE path, 'embedded' built in. */
  source: TleSourceKind;
  /** When it was fetched from upstream ('live'/'cached'), the file's mtime ('file'), null for 'embedded'. */
  fetchedAtMs: EpochMs | null;
}

export type { UpstreamResult };

export interface TleHealth {
  tle: TleRecord;
  upstream: {
    configured: boolean;
    kind: ServerConfig['tleSource']['kind'];
    /** 'follow': this process never contacts upstream; the other fields are the fetching process's, read from DATA_DIR. */
    role: TleRole;
    /** The URL or file path read (null when offline). */
    location: string | null;
  } & UpstreamStatus;
  persistence: {
    dataDir: string;
    lastWriteAtMs: EpochMs | null;
    lastError: string | null;
  };
  configProblems: ConfigProblem[];
}

export interface TleSourceLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface TleSourceDeps {
  nowMs: () => EpochMs;
  fetch: FetchLike;
  log: TleSourceLog;
  /** Problems found while loading the configuration, reported in health. */
  configProblems: ConfigProblem[];
  /** The last-resort TLE (tests swap in an older one so real TLEs count as news). */
  embeddedTleText: string;
}

export interface TleSource {
  getTle(): Promise<TleRecord>;
  getHealth(): TleHealth;
  /** Resolves when no upstream request is in flight (tests, graceful shutdown). */
  idle(): Promise<void>;
}

export const LOG_PREFIX = '[tle-source]';
/** First retry after a failure; doubles per consecutive failure up to the refresh interval. */
export const BACKOFF_BASE_MS = 5 * 60_000;
/** A Retry-After beyond this is treated as this (a broken header must not silence refreshes for months). */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;
/** How often a TLE_SOURCE file is stat()ed for changes. */
export const FILE_CHECK_INTERVAL_MS = 10_000;
/** How often a following process stat()s the fetching process's saved TLE: a new TLE reaches every worker this soon. */
export const FOLLOW_CHECK_INTERVAL_MS = 2_000;

const iso = (ms: EpochMs): string => new Date(ms).toISOString();

const defaultLog: TleSourceLog = {
  info: (m) => console.info(`${LOG_PREFIX} ${m}`),
  warn: (m) => console.warn(`${LOG_PREFIX} ${m}`),
};

interface HeldUpstream {
  tle: Tle;
  fetchedAtMs: EpochMs;
  source: 'live' | 'cached';
}

/** Build an isolated TLE source: no module state is shared between instances. */
export function createTleSource(config: ServerConfig, partialDeps: Partial<TleSourceDeps> = {}): TleSource {
  const deps: TleSourceDeps = {
    nowMs: partialDeps.nowMs ?? serverNowMs,
    fetch: partialDeps.fetch ?? ((input, init) => fetch(input, init)),
    log: partialDeps.log ?? defaultLog,
    configProblems: partialDeps.configProblems ?? [],
    embeddedTleText: partialDeps.embeddedTleText ?? EMBEDDED_TLE_TEXT,
  };
  const { log } = deps;
  const setting = config.tleSource;
  const refreshMs = config.refreshHours * 3_600_000;
  const persistPath = path.join(config.dataDir, persistedFileName(config.noradId));
  const statusPath = path.join(config.dataDir, upstreamStatusFileName(config.noradId));
  // Only an http source has an upstream to share; every process reads a file source or the embedded TLE itself.
  const follows = setting.kind === 'http' && config.tleRole === 'follow';
  const chain: readonly Upstream[] =
    setting.kind === 'http' ? (setting.chain ?? [{ kind: 'http', url: setting.url }]) : [];
  const embedded: TleRecord = { tle: parseTle(deps.embeddedTleText), source: 'embedded', fetchedAtMs: null };

  let initialized = false;
  let held: HeldUpstream | null = null;
  let fileHeld: { tle: Tle; mtimeMs: number; size: number } | null = null;
  let fileCheckedAtMs: EpochMs | null = null;
  let followCheckedAtMs: EpochMs | null = null;
  let followSeen: { mtimeMs: number; size: number } | null = null;
  let inflight: Promise<void> | null = null;

  const upstream: TleHealth['upstream'] = {
    configured: setting.kind !== 'none',
    kind: setting.kind,
    role: config.tleRole,
    location:
      setting.kind === 'http'
        ? chain.map((p) => (p.kind === 'http' ? p.url : p.path)).join(', ')
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
  const persistence: TleHealth['persistence'] = { dataDir: config.dataDir, lastWriteAtMs: null, lastError: null };

  function init(): void {
    if (initialized) return;
    initialized = true;
    for (const p of deps.configProblems) {
      log.warn(`config ${p.variable}="${p.value}": ${p.message} (accepted: ${p.accepted}); using the default`);
    }
    const now = deps.nowMs();
    if (follows) {
      followPersisted(now);
      return;
    }
    const saved = adoptPersisted(readPersistedSync(persistPath, config.noradId, now));
    // A restart must not refetch while the persisted copy is still fresh.
    if (saved && setting.kind === 'http') upstream.nextAllowedAtMs = saved.fetchedAtMs + refreshMs;
    if (setting.kind === 'http') void removeStaleTempFiles(persistPath, now);
  }

  /** Holds a TLE read back from DATA_DIR, or records why it was ignored. */
  function adoptPersisted(read: ReadPersistedResult): PersistedTle | null {
    if (read.kind === 'ok') {
      held = { tle: read.persisted.tle, fetchedAtMs: read.persisted.fetchedAtMs, source: 'cached' };
      return read.persisted;
    }
    if (read.kind === 'invalid') {
      persistence.lastError = `ignored the persisted TLE: ${read.reason}`;
      log.warn(persistence.lastError);
    }
    return null;
  }

  function recordFailure(result: UpstreamResult, message: string, now: EpochMs, retryAfterMs: number | null): void {
    upstream.lastResult = result;
    upstream.lastError = message;
    upstream.lastErrorAtMs = now;
    upstream.consecutiveFailures += 1;
    upstream.failingSinceMs ??= now;
    const backoffMs = Math.min(
      BACKOFF_BASE_MS * 2 ** (upstream.consecutiveFailures - 1),
      Math.max(refreshMs, BACKOFF_BASE_MS),
    );
    const waitMs = Math.max(backoffMs, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
    upstream.nextAllowedAtMs = now + waitMs;
    const serving = current();
    log.warn(
      `${upstream.location ?? ''}: ${message}; keeping the ${serving.source} TLE (epoch ${iso(serving.tle.epochMs)}); ` +
        `failure ${upstream.consecutiveFailures}, next attempt after ${iso(upstream.nextAllowedAtMs)}`,
    );
  }

  async function persist(h: HeldUpstream, origin: string): Promise<void> {
    try {
      await writeFileAtomic(
        persistPath,
        serializePersisted({ tle: h.tle, fetchedAtMs: h.fetchedAtMs, origin, savedAtMs: deps.nowMs() }),
      );
      persistence.lastWriteAtMs = deps.nowMs();
      persistence.lastError = null;
    } catch (e) {
      persistence.lastError = `cannot write ${persistPath}: ${(e as Error).message}`;
      log.warn(persistence.lastError);
    }
  }

  type Outcome =
    | { ok: true; tle: Tle; origin: string }
    | { ok: false; result: UpstreamResult; message: string; retryAfterMs: number | null };

  const failed = (result: UpstreamResult, message: string, retryAfterMs: number | null = null): Outcome => ({
    ok: false,
    result,
    message,
    retryAfterMs,
  });

  /** Read one place of the chain and check what it gives; never throws. */
  async function readOne(place: Upstream): Promise<Outcome> {
    let text: string;
    if (place.kind === 'http') {
      const res = await fetchUpstream(place.url, {
        timeoutMs: config.fetchTimeoutMs,
        fetch: deps.fetch,
        nowMs: deps.nowMs,
      });
      switch (res.kind) {
        case 'http-error':
          return failed('http-error', `HTTP ${res.status}`, res.retryAfterMs);
        case 'timeout':
          return failed('timeout', `no complete answer within ${config.fetchTimeoutMs} ms`);
        case 'network-error':
          return failed('network-error', `network error: ${res.message}`);
        case 'too-large':
          return failed('rejected', 'the response is too large to be a TLE');
        case 'ok':
          text = res.text;
      }
    } else {
      try {
        text = await fs.promises.readFile(place.path, 'utf8');
      } catch (e) {
        return failed('file-error', `cannot read ${place.path}: ${(e as Error).message}`);
      }
    }
    const check = validateTleText(text, {
      noradId: config.noradId,
      nowMs: deps.nowMs(),
      heldEpochMs: current().tle.epochMs,
    });
    if (!check.ok) return failed('rejected', `rejected: ${check.reason}`);
    return { ok: true, tle: check.tle, origin: place.kind === 'http' ? place.url : place.path };
  }

  /** One attempt: the places of TLE_SOURCE in order, until one gives a good TLE. */
  async function attempt(chain: readonly Upstream[]): Promise<void> {
    upstream.lastAttemptAtMs = deps.nowMs();
    const failures: Array<Extract<Outcome, { ok: false }> & { where: string }> = [];
    for (const place of chain) {
      const outcome = await readOne(place);
      if (outcome.ok) return adopt(outcome.tle, outcome.origin);
      failures.push({ ...outcome, where: place.kind === 'http' ? place.url : place.path });
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
    const serving = current();
    const unchanged = tle.line1 === serving.tle.line1 && tle.line2 === serving.tle.line2;
    held = { tle, fetchedAtMs: now, source: 'live' };
    upstream.lastResult = unchanged ? 'unchanged' : 'ok';
    upstream.consecutiveFailures = 0;
    upstream.failingSinceMs = null;
    upstream.nextAllowedAtMs = now + refreshMs;
    if (!unchanged) log.info(`${origin}: new TLE, epoch ${iso(tle.epochMs)}`);
    // Persisting an unchanged TLE too records the fetch time, so a restart knows it need not refetch.
    await persist(held, origin);
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
    const { configured: _c, kind: _k, role: _r, location: _l, ...status } = upstream;
    try {
      await writeFileAtomic(statusPath, serializeUpstreamStatus(status));
    } catch (e) {
      log.warn(`cannot write ${statusPath}: ${(e as Error).message}`);
    }
  }

  /** A following process adopts whatever TLE the fetching process last saved (re-validated like any read). */
  function followPersisted(now: EpochMs): void {
    if (followCheckedAtMs !== null && now - followCheckedAtMs < FOLLOW_CHECK_INTERVAL_MS) return;
    followCheckedAtMs = now;
    let st: fs.Stats;
    try {
      st = fs.statSync(persistPath);
    } catch {
      return; // nothing saved yet: the embedded TLE until the fetching process has one
    }
    if (followSeen && st.mtimeMs === followSeen.mtimeMs && st.size === followSeen.size) return;
    followSeen = { mtimeMs: st.mtimeMs, size: st.size };
    const saved = adoptPersisted(readPersistedSync(persistPath, config.noradId, now));
    if (saved) {
      persistence.lastWriteAtMs = saved.savedAtMs;
      persistence.lastError = null;
    }
  }

  function followedUpstream(): TleHealth['upstream'] {
    const saved: UpstreamStatus | null = readUpstreamStatusSync(statusPath);
    return saved ? { ...upstream, ...saved } : { ...upstream };
  }

  function checkFile(filePath: string, now: EpochMs): void {
    if (fileCheckedAtMs !== null && now - fileCheckedAtMs < FILE_CHECK_INTERVAL_MS) return;
    fileCheckedAtMs = now;
    let st: fs.Stats;
    let text: string;
    try {
      st = fs.statSync(filePath);
      if (fileHeld && st.mtimeMs === fileHeld.mtimeMs && st.size === fileHeld.size) return;
      if (st.size > 64 * 1024) throw new Error('the file is too large to be a TLE');
      text = fs.readFileSync(filePath, 'utf8');
    } catch (e) {
      const message = `cannot read ${filePath}: ${(e as Error).message}`;
      upstream.lastAttemptAtMs = now;
      if (upstream.lastError !== message || upstream.lastResult !== 'file-error') {
        upstream.lastResult = 'file-error';
        upstream.lastError = message;
        upstream.lastErrorAtMs = now;
        upstream.consecutiveFailures += 1;
        upstream.failingSinceMs ??= now;
        log.warn(message);
      }
      return;
    }
    upstream.lastAttemptAtMs = now;
    // The operator's file is authoritative: an older epoch than before is a deliberate choice, not a stale cache.
    const check = validateTleText(text, { noradId: config.noradId, nowMs: now, heldEpochMs: null });
    if (!check.ok) {
      upstream.lastResult = 'rejected';
      upstream.lastError = `${filePath} rejected: ${check.reason}`;
      upstream.lastErrorAtMs = now;
      upstream.consecutiveFailures += 1;
      upstream.failingSinceMs ??= now;
      log.warn(`${upstream.lastError}; keeping the ${current().source} TLE`);
      // Remember this version so the same bad file is not re-read and re-logged every 10 s.
      fileHeld = fileHeld ? { ...fileHeld, mtimeMs: st.mtimeMs, size: st.size } : null;
      return;
    }
    fileHeld = { tle: check.tle, mtimeMs: st.mtimeMs, size: st.size };
    upstream.lastResult = 'ok';
    upstream.consecutiveFailures = 0;
    upstream.failingSinceMs = null;
    log.info(`${filePath}: TLE epoch ${iso(check.tle.epochMs)}`);
  }

  /** The best TLE held, without any network I/O. */
  function current(): TleRecord {
    if (setting.kind === 'file') {
      checkFile(setting.path, deps.nowMs());
      if (fileHeld) return { tle: fileHeld.tle, source: 'file', fetchedAtMs: fileHeld.mtimeMs };
    }
    // Never serve an older TLE than the built-in one (e.g. a copy persisted long ago by an earlier deployment).
    if (held && held.tle.epochMs >= embedded.tle.epochMs) {
      return { tle: held.tle, source: held.source, fetchedAtMs: held.fetchedAtMs };
    }
    return embedded;
  }

  function refreshDue(now: EpochMs): boolean {
    if (held && now < held.fetchedAtMs + refreshMs) return false;
    return upstream.nextAllowedAtMs === null || now >= upstream.nextAllowedAtMs;
  }

  return {
    async getTle() {
      init();
      if (follows) {
        followPersisted(deps.nowMs());
      } else if (setting.kind === 'http') {
        // Nobody waits for upstream: callers get what is held (at worst the embedded set) at once, and the
        // refresh completes behind them. On a machine without network a fetch can hang for the whole timeout.
        if (refreshDue(deps.nowMs())) void refresh();
      }
      return current();
    },
    getHealth() {
      init();
      if (follows) followPersisted(deps.nowMs());
      return {
        tle: current(),
        upstream: follows ? followedUpstream() : { ...upstream },
        persistence: { ...persistence },
        configProblems: deps.configProblems,
      };
    },
    async idle() {
      while (inflight) await inflight;
    },
  };
}
