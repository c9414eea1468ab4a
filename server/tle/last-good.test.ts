import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLastGood } from './last-good';
import { EMBEDDED, GOOD, START_MS, UPSTREAM_URL as URL, harnessPerTest } from '../../test-support/tle/provider-harness';
import { fixtureTle } from '../../test-support/tle/tle-fixtures';

const h = harnessPerTest();

describe('the last good TLE', () => {
  it('holds a fetched TLE as live, writes it to DATA_DIR, and a fresh instance reads it back as cached', async () => {
    const lastGood = createLastGood(h.config(), h.deps);
    expect(lastGood.current()).toEqual({ tle: EMBEDDED, source: 'embedded', fetchedAtMs: null });
    expect(lastGood.heldFetchedAtMs()).toBeNull();
    await lastGood.keepFetched(GOOD, START_MS - 1000, URL);
    expect(lastGood.current()).toEqual({ tle: GOOD, source: 'live', fetchedAtMs: START_MS - 1000 });
    expect(lastGood.persistence()).toEqual({ dataDir: h.dataDir, lastWriteAtMs: START_MS, lastError: null });

    const restarted = createLastGood(h.config(), h.deps);
    expect(restarted.load(START_MS)).toMatchObject({ tle: GOOD, fetchedAtMs: START_MS - 1000, origin: URL });
    expect(restarted.current()).toEqual({ tle: GOOD, source: 'cached', fetchedAtMs: START_MS - 1000 });
    expect(restarted.persistence().lastWriteAtMs).toBeNull(); // read, not written, by this process
  });

  it('never serves a held TLE older than the embedded one', async () => {
    const ancient = fixtureTle(25544, '26275');
    expect(ancient.epochMs).toBeLessThan(EMBEDDED.epochMs);
    const lastGood = createLastGood(h.config(), h.deps);
    await lastGood.keepFetched(ancient, START_MS, URL);
    expect(lastGood.current().source).toBe('embedded');
    expect(lastGood.heldFetchedAtMs()).toBe(START_MS); // still what the refresh timing goes by
  });

  it('reports a damaged copy once per read and a missing one not at all', () => {
    const lastGood = createLastGood(h.config(), h.deps);
    expect(lastGood.load(START_MS)).toBeNull();
    expect(h.warns).toEqual([]);
    fs.writeFileSync(lastGood.path, 'garbage');
    expect(lastGood.load(START_MS)).toBeNull();
    expect(lastGood.persistence().lastError).toMatch(/^ignored the persisted TLE: .* is not valid JSON/);
    expect(h.warns).toEqual([lastGood.persistence().lastError]);
    lastGood.noteWritten(START_MS);
    expect(lastGood.persistence()).toMatchObject({ lastWriteAtMs: START_MS, lastError: null });
  });

  it('keeps serving a fetched TLE it cannot write, and says why', async () => {
    const blocker = path.join(h.dataDir, 'file');
    fs.writeFileSync(blocker, 'x');
    const lastGood = createLastGood(h.config({ dataDir: path.join(blocker, 'sub') }), h.deps);
    await lastGood.keepFetched(GOOD, START_MS, URL);
    expect(lastGood.current().source).toBe('live');
    expect(lastGood.persistence()).toMatchObject({
      lastWriteAtMs: null,
      lastError: expect.stringMatching(/^cannot write /),
    });
    expect(h.warns).toHaveLength(1);
  });
});
