import fs from 'node:fs';
import type { Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';
import type { ServerConfig } from '../config';
import { MAX_BODY_BYTES } from './fetch-upstream';
import { checkEvery, sameVersion, type FileVersion } from './file-version';
import { createLastGood } from './last-good';
import type { TleProvider, TleRecord, TleSourceDeps } from './types';
import { describeUpstream, noteFailure, noteSuccess } from './upstream-record';
import { validateTleText } from './validate';

/** How often a TLE_SOURCE file is stat()ed for changes. */
export const FILE_CHECK_INTERVAL_MS = 10_000;

const iso = (ms: EpochMs): string => new Date(ms).toISOString();

/**
 * TLE_SOURCE=/path/to/file: the operator's file, re-read when it changes (every process reads it itself,
 * whatever its role). Until it gives a good TLE, the copy in DATA_DIR or the embedded TLE is served.
 */
export function createFileSource(filePath: string, config: ServerConfig, deps: TleSourceDeps): TleProvider {
  const { log } = deps;
  const lastGood = createLastGood(config, deps);
  const upstream = describeUpstream(config);
  const checkDue = checkEvery(FILE_CHECK_INTERVAL_MS);
  let loaded = false;
  let fileHeld: ({ tle: Tle } & FileVersion) | null = null;

  function current(): TleRecord {
    if (fileHeld) return { tle: fileHeld.tle, source: 'file', fetchedAtMs: fileHeld.mtimeMs };
    return lastGood.current();
  }

  function check(now: EpochMs): void {
    if (!checkDue(now)) return;
    let st: fs.Stats;
    let text: string;
    try {
      st = fs.statSync(filePath);
      if (sameVersion(fileHeld, st)) return;
      if (st.size > MAX_BODY_BYTES) throw new Error('the file is too large to be a TLE');
      text = fs.readFileSync(filePath, 'utf8');
    } catch (e) {
      const message = `cannot read ${filePath}: ${(e as Error).message}`;
      upstream.lastAttemptAtMs = now;
      // Logged and counted once per distinct problem, not every 10 s while it lasts.
      if (upstream.lastError !== message || upstream.lastResult !== 'file-error') {
        noteFailure(upstream, 'file-error', message, now);
        log.warn(message);
      }
      return;
    }
    upstream.lastAttemptAtMs = now;
    // The operator's file is authoritative: an older epoch than before is a deliberate choice, not a stale cache.
    const checked = validateTleText(text, { noradId: config.noradId, nowMs: now, heldEpochMs: null });
    if (!checked.ok) {
      const message = `${filePath} rejected: ${checked.reason}`;
      noteFailure(upstream, 'rejected', message, now);
      log.warn(`${message}; keeping the ${current().source} TLE`);
      // Remember this version so the same bad file is not re-read and re-logged every 10 s.
      fileHeld = fileHeld ? { ...fileHeld, mtimeMs: st.mtimeMs, size: st.size } : null;
      return;
    }
    fileHeld = { tle: checked.tle, mtimeMs: st.mtimeMs, size: st.size };
    noteSuccess(upstream, 'ok');
    log.info(`${filePath}: TLE epoch ${iso(checked.tle.epochMs)}`);
  }

  return {
    poll() {
      if (!loaded) {
        loaded = true;
        lastGood.load(deps.nowMs());
      }
      check(deps.nowMs());
    },
    current,
    upstream: () => ({ ...upstream }),
    persistence: () => lastGood.persistence(),
  };
}
