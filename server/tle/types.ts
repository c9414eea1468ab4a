import type { Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';
import type { ConfigProblem, ServerConfig, TleRole } from '../config';
import type { FetchLike } from './fetch-upstream';
import type { UpstreamStatus } from './upstream-status';

export type TleSourceKind = 'live' | 'cached' | 'file' | 'embedded';

/** The TLE to use right now and where it came from. */
export interface TleRecord {
  tle: Tle;
  /** 'live' fetched by this process, 'cached' read back from DATA_DIR (written by this or the fetching process), 'file' from TLE_SOURCE path, 'embedded' built in. */
  source: TleSourceKind;
  /** When it was fetched from upstream ('live'/'cached'), the file's mtime ('file'), null for 'embedded'. */
  fetchedAtMs: EpochMs | null;
}

/** What health says about the configured source: which it is, and what this process (or the fetching one) learned. */
export type UpstreamHealth = {
  configured: boolean;
  kind: ServerConfig['tleSource']['kind'];
  /** 'follow': this process never contacts upstream; the other fields are the fetching process's, read from DATA_DIR. */
  role: TleRole;
  /** The URL or file path read (null when offline). */
  location: string | null;
} & UpstreamStatus;

export interface PersistenceHealth {
  dataDir: string;
  lastWriteAtMs: EpochMs | null;
  lastError: string | null;
}

export interface TleHealth {
  tle: TleRecord;
  upstream: UpstreamHealth;
  persistence: PersistenceHealth;
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

/**
 * One way of getting the TLE (upstream, the fetching process's copy, a local file, nothing at all). createTleSource
 * puts exactly one behind TleSource. Reading what is held and doing I/O are separate calls, so that the answer to
 * a request never waits for a disk or a network.
 */
export interface TleProvider {
  /** Brings what is held up to date from disk (first use, a changed file); never contacts upstream. */
  poll(): void;
  /** Starts a background request upstream when one is due (only a fetching process has one). */
  refreshIfDue?(): void;
  /** The best TLE held. No I/O. */
  current(): TleRecord;
  upstream(): UpstreamHealth;
  persistence(): PersistenceHealth;
  /** Resolves when no upstream request is in flight. */
  idle?(): Promise<void>;
}
