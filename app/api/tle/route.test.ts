import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeUpstream } from '@/test-support/tle/fake-upstream';
import { fixtureTle, tleText } from '@/test-support/tle/tle-fixtures';
import { installTestSource, request } from '../../../test-support/route-test-support';
import { dynamic, GET } from './route';

const REFERENCE = fixtureTle(25544, '26282.82');
const EPOCH_MS = Date.parse('2026-10-09T19:42:49.139Z');
let cleanup = () => undefined as void;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('GET /api/tle', () => {
  it('is rendered per request', () => {
    expect(dynamic).toBe('force-dynamic');
  });

  it('answers the embedded TLE offline, with its age and a short public cache', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(EPOCH_MS + 2.5 * 86_400_000);
    ({ cleanup } = installTestSource());
    const res = await GET(request('/api/tle'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const cache = res.headers.get('cache-control') ?? '';
    expect(cache).toMatch(/public/);
    expect(cache).toMatch(/max-age=\d+/);
    expect(cache).toMatch(/stale-while-revalidate=\d+/);
    expect(await res.json()).toEqual({
      name: 'ISS (ZARYA)',
      noradId: 25544,
      line1: REFERENCE.line1,
      line2: REFERENCE.line2,
      epoch: '2026-10-09T19:42:49.139Z',
      ageDays: 2.5,
      source: 'embedded',
      fetchedAt: null,
      liveSource: { state: 'off', since: null },
    });
  });

  it('refuses query parameters it does not know', async () => {
    ({ cleanup } = installTestSource());
    const res = await GET(request('/api/tle?format=xml'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { parameter: 'format', message: 'unknown parameter "format"', accepted: 'only these parameters: lang' },
    });
  });

  it('200 concurrent requests with an empty cache are answered at once and cause exactly one upstream request', async () => {
    const upstream = await startFakeUpstream({ kind: 'tle', body: tleText(REFERENCE), delayMs: 100 });
    const installed = installTestSource({ TLE_SOURCE: upstream.url }, () => EPOCH_MS + 3_600_000);
    cleanup = () => {
      installed.cleanup();
      void upstream.close();
    };
    const responses = await Promise.all(Array.from({ length: 200 }, () => GET(request('/api/tle'))));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{
      source: string;
      line1: string;
      liveSource: { state: string };
    }>;
    expect(responses.every((r) => r.status === 200)).toBe(true);
    // Nobody waited for the 100 ms upstream: the embedded set, and the live source not heard from yet.
    expect(bodies.every((b) => b.source === 'embedded' && b.liveSource.state === 'waiting')).toBe(true);
    await installed.source.idle();
    expect(upstream.requests).toBe(1);
    const after = (await (await GET(request('/api/tle'))).json()) as {
      source: string;
      line1: string;
      liveSource: { state: string; since: string };
    };
    expect(after).toMatchObject({
      source: 'live',
      line1: REFERENCE.line1,
      liveSource: { state: 'live', since: new Date(EPOCH_MS + 3_600_000).toISOString() },
    });
    expect(upstream.requests).toBe(1);
    await upstream.close();
  });
});

describe('GET /api/tle validators', () => {
  it('sends a weak ETag of the elements: an hour later (new ageDays) If-None-Match still answers 304, empty, with the tag', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(EPOCH_MS + 86_400_000);
    ({ cleanup } = installTestSource());
    const first = await GET(request('/api/tle'));
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    vi.setSystemTime(EPOCH_MS + 86_400_000 + 3_600_000);
    const again = await GET(new Request('http://localhost:3000/api/tle', { headers: { 'if-none-match': etag } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    const other = await GET(
      new Request('http://localhost:3000/api/tle', { headers: { 'if-none-match': 'W/"something-else"' } }),
    );
    expect(other.status).toBe(200);
  });
});
