import { type RunningServer } from '../scripts/load/server';
import { startBuiltServer } from './helpers';
import { expect, test } from './pinned-clock';

/**
 * The rate limiter on a production server of its own (the suite's server runs with API_RATE_LIMIT=0): 1 request
 * per second, bursts of 5, one worker, behind one trusted proxy (TRUST_PROXY=1), so each test names its client
 * with X-Forwarded-For as a proxy would. Tokens come back while the test runs (on a busy machine a request can take
 * a while), so the counts are checked against the time the requests took, not as fixed numbers.
 */
test.describe('fair use: a token bucket per client address', () => {
  let server: RunningServer;

  test.beforeAll(async () => {
    server = await startBuiltServer({ API_RATE_LIMIT: '1', TRUST_PROXY: '1' });
  });
  test.afterAll(async () => {
    await server.stop();
  });

  const get = (path: string, xff: string) => fetch(`${server.baseUrl}${path}`, { headers: { 'x-forwarded-for': xff } });

  /** Requests until the first 429: how many passed, how long it took, and the refusal. */
  async function untilRefused(
    path: string,
    xff: string,
  ): Promise<{ passed: number; seconds: number; refused: Response }> {
    const t0 = performance.now();
    for (let passed = 0; passed < 60; passed += 1) {
      const res = await get(path, xff);
      if (res.status === 429) return { passed, seconds: (performance.now() - t0) / 1000, refused: res };
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    throw new Error(`${path}: never refused`);
  }

  test('a burst of 5 passes, then 429 with Retry-After and the JSON error of each API; other clients and pages are not affected', async () => {
    const { passed, seconds, refused } = await untilRefused('/v1/satellites', '198.51.100.1');
    // The burst, plus at most one token per second that the requests themselves took.
    expect(passed).toBeGreaterThanOrEqual(5);
    expect(passed).toBeLessThanOrEqual(5 + Math.ceil(seconds));
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBe(1); // one token comes back each second
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/^too many requests/), status: 429 });
    // The same client on our own API and on Open Notify's paths: the same bucket, each in its API's error shape.
    expect(await (await untilRefused('/api/tle', '198.51.100.1')).refused.json()).toEqual({
      error: { message: expect.stringMatching(/^too many requests/) },
    });
    expect(await (await untilRefused('/iss-now.json', '198.51.100.1')).refused.json()).toEqual({
      message: 'failure',
      reason: expect.stringMatching(/^too many requests/),
    });
    // Another client is not affected; nor are pages for the limited one.
    expect((await get('/v1/satellites', '198.51.100.2')).status).toBe(200);
    expect((await get('/developers', '198.51.100.1')).status).toBe(200);
    // After the announced wait, the client is served again.
    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    expect((await get('/v1/satellites', '198.51.100.1')).status).toBe(200);
  });

  test('behind the proxy, the address is the one the proxy appended: a client writing its own X-Forwarded-For gains nothing', async () => {
    // Each request claims another origin on the left; the proxy's entry (rightmost) is the same.
    const t0 = performance.now();
    let passed = 0;
    for (let i = 0; i < 60; i += 1) {
      if ((await get('/iss-now.json', `10.9.${i}.1, 203.0.113.50`)).status === 429) break;
      passed += 1;
    }
    expect(passed).toBeLessThanOrEqual(5 + Math.ceil((performance.now() - t0) / 1000));
    // The spoofed left-hand addresses were not charged: 10.9.0.1 as the proxy's own entry is a fresh client.
    expect((await get('/iss-now.json', '10.9.0.1')).status).toBe(200);
  });
});

test.describe('one limit for the whole cluster', () => {
  let server: RunningServer;

  test.beforeAll(async () => {
    server = await startBuiltServer({ API_RATE_LIMIT: '1', TRUST_PROXY: '1' }, 2);
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('two workers, a new connection per request (both workers answer): the client still gets one burst of 5, not two', async () => {
    // The primary hands each new connection to whichever worker is free first, so on a busy machine one burst can
    // land on a single worker and prove nothing about sharing. Such a burst is repeated (after the bucket refills);
    // every burst must still stop after 5 plus what refilled meanwhile.
    const roles = new Set<string>();
    for (let round = 0; round < 4 && roles.size < 2; round += 1) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 6_000));
      roles.clear();
      const t0 = performance.now();
      let passed = 0;
      for (let i = 0; i < 60; i += 1) {
        const res = await fetch(`${server.baseUrl}/api/health`, {
          headers: { 'x-forwarded-for': '198.51.100.77', connection: 'close' },
        });
        if (res.status === 429) break;
        expect(res.status).toBe(200);
        roles.add(((await res.json()) as { upstream: { role: string } }).upstream.role);
        passed += 1;
      }
      const seconds = (performance.now() - t0) / 1000;
      expect(passed).toBeGreaterThanOrEqual(5);
      expect(passed).toBeLessThanOrEqual(5 + Math.ceil(seconds));
    }
    // Both workers took part in one burst (the fetching one and the following one), so the buckets were shared.
    expect(roles).toEqual(new Set(['fetch', 'follow']));
  });
});
