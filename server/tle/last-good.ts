import path from 'node:path';
import { parseTle, type Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';
import type { ServerConfig } from '../config';
import {
  persistedFileName,
  readPersistedSync,
  serializePersisted,
  writeFileAtomic,
  type PersistedTle,
} from './persistence';
import type { PersistenceHealth, TleRecord, TleSourceDeps } from './types';

interface HeldUpstream {
  tle: Tle;
  fetchedAtMs: EpochMs;
  source: 'live' | 'cached';
}

/**
 * The last good TLE from upstream, fetched by this process or read back from DATA_DIR, with the embedded TLE
 * beneath it, and what became of DATA_DIR's copy. Every source falls back on it.
 */
export interface LastGood {
  /** DATA_DIR's copy. */
  readonly path: string;
  /** The held TLE, or the embedded one when nothing is held or the held one is older. No I/O. */
  current(): TleRecord;
  /** When the held TLE was fetched; null when nothing is held. */
  heldFetchedAtMs(): EpochMs | null;
  /** Reads DATA_DIR's copy and holds it as 'cached'; a damaged copy is reported and logged, a missing one is not. */
  load(nowMs: EpochMs): PersistedTle | null;
  /** Holds a TLE this process just fetched and writes it to DATA_DIR; a failed write is reported, never thrown. */
  keepFetched(tle: Tle, fetchedAtMs: EpochMs, origin: string): Promise<void>;
  /** Records that DATA_DIR's copy was written at that time (by this process or the fetching one). */
  noteWritten(atMs: EpochMs): void;
  persistence(): PersistenceHealth;
}

export function createLastGood(
  config: ServerConfig,
  deps: Pick<TleSourceDeps, 'nowMs' | 'log' | 'embeddedTleText'>,
): LastGood {
  const filePath = path.join(config.dataDir, persistedFileName(config.noradId));
  const embedded: TleRecord = { tle: parseTle(deps.embeddedTleText), source: 'embedded', fetchedAtMs: null };
  const persistence: PersistenceHealth = { dataDir: config.dataDir, lastWriteAtMs: null, lastError: null };
  let held: HeldUpstream | null = null;

  function noteWritten(atMs: EpochMs): void {
    persistence.lastWriteAtMs = atMs;
    persistence.lastError = null;
  }

  const lastGood: LastGood = {
    path: filePath,
    current() {
      // Never serve an older TLE than the built-in one (e.g. a copy persisted long ago by an earlier deployment).
      if (held && held.tle.epochMs >= embedded.tle.epochMs) {
        return { tle: held.tle, source: held.source, fetchedAtMs: held.fetchedAtMs };
      }
      return embedded;
    },
    heldFetchedAtMs: () => held?.fetchedAtMs ?? null,
    load(nowMs) {
      const read = readPersistedSync(filePath, config.noradId, nowMs);
      if (read.kind === 'ok') {
        held = { tle: read.persisted.tle, fetchedAtMs: read.persisted.fetchedAtMs, source: 'cached' };
        return read.persisted;
      }
      if (read.kind === 'invalid') {
        persistence.lastError = `ignored the persisted TLE: ${read.reason}`;
        deps.log.warn(persistence.lastError);
      }
      return null;
    },
    async keepFetched(tle, fetchedAtMs, origin) {
      held = { tle, fetchedAtMs, source: 'live' };
      try {
        await writeFileAtomic(filePath, serializePersisted({ tle, fetchedAtMs, origin, savedAtMs: deps.nowMs() }));
        noteWritten(deps.nowMs());
      } catch (e) {
        persistence.lastError = `cannot write ${filePath}: ${(e as Error).message}`;
        deps.log.warn(persistence.lastError);
      }
    },
    noteWritten,
    persistence: () => ({ ...persistence }),
  };
  return lastGood;
}
