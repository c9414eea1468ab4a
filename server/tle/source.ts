import { serverNowMs } from '../clock';
import type { ServerConfig } from '../config';
import { EMBEDDED_TLE_TEXT } from './embedded-tle';
import { createFileSource } from './file-source';
import { createFollower } from './follower';
import { createHttpFetcher } from './http-fetcher';
import { createOfflineSource } from './offline-source';
import type { TleProvider, TleSource, TleSourceDeps, TleSourceLog } from './types';
import { upstreamChain } from './upstream-chain';

export type {
  PersistenceHealth,
  TleHealth,
  TleRecord,
  TleSource,
  TleSourceDeps,
  TleSourceKind,
  TleSourceLog,
  UpstreamHealth,
} from './types';
export type { UpstreamResult } from './upstream-status';
export { BACKOFF_BASE_MS, MAX_RETRY_AFTER_MS } from './backoff';
export { FILE_CHECK_INTERVAL_MS } from './file-source';
export { FOLLOW_CHECK_INTERVAL_MS } from './follower';

export const LOG_PREFIX = '[tle-source]';

const defaultLog: TleSourceLog = {
  info: (m) => console.info(`${LOG_PREFIX} ${m}`),
  warn: (m) => console.warn(`${LOG_PREFIX} ${m}`),
};

/** The one way of getting the TLE that the configuration asks for. */
function providerFor(config: ServerConfig, deps: TleSourceDeps): TleProvider {
  const setting = config.tleSource;
  // Only an http source has an upstream to share; every process reads a file source or the embedded TLE itself.
  if (setting.kind === 'file') return createFileSource(setting.path, config, deps);
  if (setting.kind === 'none') return createOfflineSource(config, deps);
  if (config.tleRole === 'follow') return createFollower(config, deps);
  return createHttpFetcher(upstreamChain(setting), config, deps);
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
  const provider = providerFor(config, deps);
  let started = false;

  /** Every answer starts here: on first use the configuration's problems are logged, before anything else. */
  function poll(): void {
    if (!started) {
      started = true;
      for (const p of deps.configProblems) {
        deps.log.warn(`config ${p.variable}="${p.value}": ${p.message} (accepted: ${p.accepted}); using the default`);
      }
    }
    provider.poll();
  }

  return {
    async getTle() {
      poll();
      // Nobody waits for upstream: callers get what is held (at worst the embedded set) at once, and the
      // refresh completes behind them. On a machine without network a request can hang for the whole timeout.
      provider.refreshIfDue?.();
      return provider.current();
    },
    getHealth() {
      poll();
      return {
        tle: provider.current(),
        upstream: provider.upstream(),
        persistence: provider.persistence(),
        configProblems: deps.configProblems,
      };
    },
    async idle() {
      await provider.idle?.();
    },
  };
}
