import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileSource, FILE_CHECK_INTERVAL_MS } from './file-source';
import { createLastGood } from './last-good';
import type { TleProvider } from './types';
import { GOOD, HUBBLE, OLDER, START_MS, harnessPerTest } from '../../test-support/tle/provider-harness';
import { tleText } from '../../test-support/tle/tle-fixtures';

const h = harnessPerTest();
let file: string;
beforeEach(() => {
  file = path.join(h.dataDir, 'iss.tle');
});

const make = (): TleProvider => createFileSource(file, h.config({ tleSource: { kind: 'file', path: file } }), h.deps);

/** Writes the file with a given mtime, so that a rewrite of equal size still counts as a change. */
function writeFile(text: string, mtimeMs: number): void {
  fs.writeFileSync(file, text);
  fs.utimesSync(file, new Date(mtimeMs), new Date(mtimeMs));
}

/** A source that has read `first` from the file, which has been rewritten with `next` since. */
function readThenRewritten(first: string, next: string): TleProvider {
  writeFile(first, START_MS - 60_000);
  const source = make();
  source.poll();
  writeFile(next, START_MS);
  return source;
}

describe('the file source', () => {
  it('reads the file only when polled: current() answers from memory even after the file changed or vanished', () => {
    writeFile(tleText(OLDER), START_MS - 60_000);
    const source = make();
    source.poll();
    expect(source.current()).toEqual({ tle: OLDER, source: 'file', fetchedAtMs: START_MS - 60_000 });

    writeFile(tleText(GOOD), START_MS);
    h.clock.now += FILE_CHECK_INTERVAL_MS;
    expect(source.current().tle.line1).toBe(OLDER.line1);
    source.poll();
    expect(source.current().tle.line1).toBe(GOOD.line1);

    fs.rmSync(file);
    h.clock.now += FILE_CHECK_INTERVAL_MS;
    expect(source.current().tle.line1).toBe(GOOD.line1);
    expect(source.upstream().lastResult).toBe('ok');
    source.poll();
    expect(source.current().tle.line1).toBe(GOOD.line1);
    expect(source.upstream().lastResult).toBe('file-error');
  });

  it('looks at the file at most once per check interval', () => {
    const source = readThenRewritten(tleText(OLDER), tleText(GOOD));
    h.clock.now += FILE_CHECK_INTERVAL_MS - 1;
    source.poll();
    expect(source.current().tle.line1).toBe(OLDER.line1);
    h.clock.now += 1;
    source.poll();
    expect(source.current().tle.line1).toBe(GOOD.line1);
  });

  it('logs and counts a lasting read error once, and a new one again', () => {
    const source = make();
    for (let i = 0; i < 5; i += 1) {
      source.poll();
      h.clock.now += FILE_CHECK_INTERVAL_MS;
    }
    expect(h.warns).toHaveLength(1);
    expect(h.warns[0]).toMatch(/cannot read .*iss\.tle: .*(ENOENT|no such file)/);
    expect(source.upstream()).toMatchObject({ consecutiveFailures: 1, failingSinceMs: START_MS });
    expect(source.upstream().lastAttemptAtMs).toBe(h.clock.now - FILE_CHECK_INTERVAL_MS);

    writeFile('x'.repeat(64 * 1024 + 1), START_MS);
    source.poll();
    expect(h.warns).toHaveLength(2);
    expect(h.warns[1]).toMatch(/too large to be a TLE/);
    expect(source.upstream()).toMatchObject({ lastResult: 'file-error', consecutiveFailures: 2 });
    expect(source.current().source).toBe('embedded');
  });

  it('keeps the last good file TLE when the file turns bad, and does not re-read the same bad version', () => {
    const source = readThenRewritten(tleText(GOOD), tleText(HUBBLE));
    for (let i = 0; i < 3; i += 1) {
      h.clock.now += FILE_CHECK_INTERVAL_MS;
      source.poll();
    }
    expect(source.current()).toMatchObject({ tle: GOOD, source: 'file' });
    expect(h.warns).toEqual([`${file} rejected: the TLE is for satellite 20580, expected 25544; keeping the file TLE`]);
    expect(source.upstream()).toMatchObject({ lastResult: 'rejected', consecutiveFailures: 1 });
  });

  it('falls back on the copy in DATA_DIR until the file gives a good TLE, and accepts an older epoch from it', async () => {
    const earlier = createLastGood(h.config(), h.deps);
    await earlier.keepFetched(GOOD, START_MS - 3_600_000, 'https://example.test/iss');
    const source = make();
    source.poll();
    expect(source.current()).toEqual({ tle: GOOD, source: 'cached', fetchedAtMs: START_MS - 3_600_000 });

    // The operator's file wins even with an older epoch than the copy's.
    writeFile(tleText(OLDER), START_MS);
    h.clock.now += FILE_CHECK_INTERVAL_MS;
    source.poll();
    expect(source.current()).toMatchObject({ tle: OLDER, source: 'file' });
    expect(h.infos.at(-1)).toBe(`${file}: TLE epoch ${new Date(OLDER.epochMs).toISOString()}`);
  });
});
