import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from './fetch-upstream';
import { createHttpFetcher } from './http-fetcher';
import { createLastGood } from './last-good';
import type { TleProvider } from './types';
import type { Upstream } from '../config';
import { readUpstreamStatusSync, upstreamStatusPath } from './upstream-status';
import { statusOf } from './upstream-record';
import { GOOD, OLDER, START_MS, harnessPerTest } from '../../test-support/tle/provider-harness';
import { tleText } from '../../test-support/tle/tle-fixtures';

const HOUR = 3_600_000;
const PRIMARY = 'https://primary.test/iss.txt';
const fetch = vi.fn<FetchLike>();
const h = harnessPerTest(fetch);
let mirrorFile: string;
beforeEach(() => {
  fetch.mockReset();
  fetch.mockImplementation(async () => new Response('busy', { status: 503, headers: { 'retry-after': '3600' } }));
  mirrorFile = path.join(h.dataDir, 'mirror.tle');
});

function make(chain: Upstream[] = [{ kind: 'http', url: PRIMARY }]): TleProvider {
  const first = chain[0] as Upstream & { kind: 'http' };
  return createHttpFetcher(chain, h.config({ tleSource: { kind: 'http', url: first.url, chain } }), h.deps);
}

/** What getTle does: poll, maybe start a refresh, answer; then wait for the refresh. */
async function serveAndSettle(source: TleProvider): Promise<void> {
  source.poll();
  source.refreshIfDue?.();
  await source.idle?.();
}

describe('the http fetcher', () => {
  it('asks upstream only from refreshIfDue: polling and reading the held TLE never make a request', async () => {
    await createLastGood(h.config(), h.deps).keepFetched(OLDER, START_MS - HOUR, PRIMARY);
    const source = make();
    for (let i = 0; i < 5; i += 1) {
      source.poll();
      expect(source.current()).toEqual({ tle: OLDER, source: 'cached', fetchedAtMs: START_MS - HOUR });
    }
    expect(source.upstream().nextAllowedAtMs).toBe(START_MS + HOUR);
    source.refreshIfDue?.(); // the saved copy is still fresh
    h.clock.now = START_MS + HOUR;
    expect(source.current().source).toBe('cached');
    expect(fetch).not.toHaveBeenCalled();
    source.refreshIfDue?.();
    await source.idle?.();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tries the places of the list in order and keeps the first good TLE, with where it came from', async () => {
    fs.writeFileSync(mirrorFile, tleText(GOOD));
    const source = make([
      { kind: 'http', url: PRIMARY },
      { kind: 'file', path: mirrorFile },
    ]);
    await serveAndSettle(source);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([PRIMARY]);
    expect(source.current()).toEqual({ tle: GOOD, source: 'live', fetchedAtMs: START_MS });
    expect(source.upstream()).toMatchObject({
      lastResult: 'ok',
      consecutiveFailures: 0,
      nextAllowedAtMs: START_MS + 2 * HOUR,
    });
    expect(h.infos).toEqual([`${mirrorFile}: new TLE, epoch ${new Date(GOOD.epochMs).toISOString()}`]);
    expect(h.warns).toEqual([]);
  });

  it('when every place fails: one log line naming each, the longest Retry-After, and the status saved for followers', async () => {
    const source = make([
      { kind: 'http', url: PRIMARY },
      { kind: 'file', path: mirrorFile },
    ]);
    await serveAndSettle(source);
    const upstream = source.upstream();
    expect(upstream.lastError).toMatch(new RegExp(`^${PRIMARY}: HTTP 503; ${mirrorFile}: cannot read .*`));
    expect(upstream).toMatchObject({
      lastResult: 'file-error', // the last place's
      consecutiveFailures: 1,
      failingSinceMs: START_MS,
      nextAllowedAtMs: START_MS + HOUR, // Retry-After beats the 5-minute backoff
    });
    expect(h.warns).toHaveLength(1);
    expect(h.warns[0]).toContain(`${PRIMARY}, ${mirrorFile}: ${upstream.lastError ?? ''}; keeping the embedded TLE`);
    expect(readUpstreamStatusSync(upstreamStatusPath(h.dataDir, 25544))).toEqual(statusOf(upstream));
  });

  it('keeps one request in flight however often a refresh is asked for', async () => {
    let answer: (r: Response) => void = () => undefined;
    fetch.mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    const source = make();
    source.poll();
    for (let i = 0; i < 20; i += 1) source.refreshIfDue?.();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    answer(new Response(tleText(GOOD)));
    await source.idle?.();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(source.current().source).toBe('live');
  });
});
