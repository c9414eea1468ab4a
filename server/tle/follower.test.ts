import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFollower, FOLLOW_CHECK_INTERVAL_MS } from './follower';
import { createLastGood } from './last-good';
import { writeFileAtomic } from './persistence';
import type { TleProvider } from './types';
import { serializeUpstreamStatus, upstreamStatusPath, type UpstreamStatus } from './upstream-status';
import {
  EMBEDDED,
  GOOD,
  OLDER,
  START_MS,
  UPSTREAM_URL as URL,
  harnessPerTest,
} from '../../test-support/tle/provider-harness';

const h = harnessPerTest(); // its network fails any request: a follower must never make one

const httpConfig = () => h.config({ tleSource: { kind: 'http', url: URL }, tleRole: 'follow' });
const make = (): TleProvider => createFollower(httpConfig(), h.deps);
/** What the fetching process does after a fetch: its TLE into DATA_DIR (savedAtMs is the clock's now). */
const fetcherSaves = (tle = GOOD, fetchedAtMs = START_MS) =>
  createLastGood(httpConfig(), h.deps).keepFetched(tle, fetchedAtMs, URL);

describe('the follower', () => {
  it('serves the embedded TLE until the fetching process has saved one', () => {
    const follower = make();
    follower.poll();
    expect(follower.current()).toEqual({ tle: EMBEDDED, source: 'embedded', fetchedAtMs: null });
    expect(follower.persistence().lastWriteAtMs).toBeNull();
  });

  it('adopts a saved TLE on the first poll after each check interval, and current() never reads the disk', async () => {
    const follower = make();
    await fetcherSaves(OLDER, START_MS - 1000);
    follower.poll();
    expect(follower.current()).toEqual({ tle: OLDER, source: 'cached', fetchedAtMs: START_MS - 1000 });
    expect(follower.persistence()).toMatchObject({ lastWriteAtMs: START_MS, lastError: null });

    h.clock.now += 1000;
    await fetcherSaves(GOOD, h.clock.now);
    // Both copies have the same size: a distinct mtime makes the rewrite visible whatever the disk's time resolution.
    const saved = createLastGood(httpConfig(), h.deps).path;
    fs.utimesSync(saved, new Date(h.clock.now), new Date(h.clock.now));
    follower.poll(); // within the interval: not looked at yet
    expect(follower.current().tle.line1).toBe(OLDER.line1);
    h.clock.now += FOLLOW_CHECK_INTERVAL_MS;
    expect(follower.current().tle.line1).toBe(OLDER.line1); // no poll, no read
    follower.poll();
    expect(follower.current()).toEqual({ tle: GOOD, source: 'cached', fetchedAtMs: START_MS + 1000 });
    expect(follower.persistence().lastWriteAtMs).toBe(START_MS + 1000);
  });

  it('reads a damaged copy once, keeps what it held and reports why', async () => {
    const follower = make();
    await fetcherSaves();
    follower.poll();
    fs.writeFileSync(createLastGood(httpConfig(), h.deps).path, '{"version":1,');
    for (let i = 0; i < 4; i += 1) {
      h.clock.now += FOLLOW_CHECK_INTERVAL_MS;
      follower.poll();
    }
    expect(follower.current()).toMatchObject({ tle: GOOD, source: 'cached' });
    expect(follower.persistence().lastError).toMatch(/ignored the persisted TLE: .* is not valid JSON/);
    expect(h.warns).toHaveLength(1);
  });

  it("reports the fetching process's saved upstream status under its own role, read at each report", async () => {
    const follower = make();
    expect(follower.upstream()).toMatchObject({ role: 'follow', kind: 'http', location: URL, lastResult: null });
    const saved: UpstreamStatus = {
      lastAttemptAtMs: START_MS,
      lastResult: 'timeout',
      lastError: 'no complete answer within 400 ms',
      lastErrorAtMs: START_MS,
      nextAllowedAtMs: START_MS + 300_000,
      consecutiveFailures: 1,
      failingSinceMs: START_MS,
    };
    await writeFileAtomic(upstreamStatusPath(h.dataDir, 25544), serializeUpstreamStatus(saved));
    expect(follower.upstream()).toEqual({ configured: true, kind: 'http', role: 'follow', location: URL, ...saved });
  });
});
