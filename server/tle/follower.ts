import fs from 'node:fs';
import type { ServerConfig } from '../config';
import { checkEvery, sameVersion, versionOf, type FileVersion } from './file-version';
import { createLastGood } from './last-good';
import type { TleProvider, TleSourceDeps } from './types';
import { describeUpstream } from './upstream-record';
import { readUpstreamStatusSync, upstreamStatusPath } from './upstream-status';

/** How often a following process stat()s the fetching process's saved TLE: a new TLE reaches every worker this soon. */
export const FOLLOW_CHECK_INTERVAL_MS = 2_000;

/**
 * A process that never contacts upstream (TLE_ROLE=follow with an http TLE_SOURCE): it serves what the fetching
 * process saved in the shared DATA_DIR, re-validated like any read, and reports that process's upstream status.
 */
export function createFollower(config: ServerConfig, deps: TleSourceDeps): TleProvider {
  const lastGood = createLastGood(config, deps);
  const statusPath = upstreamStatusPath(config.dataDir, config.noradId);
  const described = describeUpstream(config);
  const checkDue = checkEvery(FOLLOW_CHECK_INTERVAL_MS);
  let seen: FileVersion | null = null;

  return {
    poll() {
      const now = deps.nowMs();
      if (!checkDue(now)) return;
      let st: fs.Stats;
      try {
        st = fs.statSync(lastGood.path);
      } catch {
        return; // nothing saved yet: the embedded TLE until the fetching process has one
      }
      if (sameVersion(seen, st)) return;
      seen = versionOf(st);
      const saved = lastGood.load(now);
      if (saved) lastGood.noteWritten(saved.savedAtMs);
    },
    current: () => lastGood.current(),
    // Read at each report, not on the TLE's poll: whichever worker answers /api/health, it tells the same state.
    upstream() {
      const saved = readUpstreamStatusSync(statusPath);
      return saved ? { ...described, ...saved } : { ...described };
    },
    persistence: () => lastGood.persistence(),
  };
}
