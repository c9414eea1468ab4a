import { expect, test } from '@playwright/test';
import { freePort, startNextServer, type RunningServer } from '../scripts/load/server';

/**
 * The rate limiter on a production server of its own (the suite's server runs with API_RATE_LIMIT=0): 2 requests
 * per second, bursts of 10, one worker, behind one trusted proxy (TRUST_PROXY=1), so each test names its client
 * with X-Forwarded-For as a proxy would.
 */
test.describe('fair use: a token bucket per client address', () => {
  let server: RunningServer;

  test.beforeAll(async () => {
    server = await startNextServer({
      cwd: process.cwd(),
      distDir: process.env.NEXT_DIST_DIR || '.next',
      port: await freePort(),
      readyTimeoutMs: 60_000,
      workers: 1,
      env: { API_RATE_LIMIT: '2', TRUST_PROXY: '1' },
    });
  });
  test.afterAll(async () => {
    await server.stop();
  });

  const get = (path: string, xff: string) => fetch(`${server.baseUrl}${path}`, { headers: { 'x-forwarded-for': xff } });

  test('a burst of 10 passes, the 11th gets 429 with Retry-After and the JSON error of its API; others and pages are not affected', async () => {
    // The readiness probe spent a token of 127.0.0.1, not of this client.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await get('/v1/satellites', '198.51.100.1')).status);
    expect(statuses).toEqual(Array(10).fill(200));
    const refused = await get('/v1/satellites/25544', '198.51.100.1');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(1); // one token comes back in 0.5 s at 2/s
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/^too many requests/), status: 429 });
    // The same client on our own API and Open Notify's paths: the same bucket, each in its own error shape.
    const ours = await get('/api/tle', '198.51.100.1');
    expect(ours.status).toBe(429);
    expect(await ours.json()).toEqual({ error: { message: expect.stringMatching(/^too many requests/) } });
    const onotify = await get('/iss-now.json', '198.51.100.1');
    expect(await onotify.json()).toEqual({ message: 'failure', reason: expect.stringMatching(/^too many requests/) });
    // Another client is not affected; nor are pages and files for the limited one.
    expect((await get('/v1/satellites', '198.51.100.2')).status).toBe(200);
    expect((await get('/developers', '198.51.100.1')).status).toBe(200);
    // After the announced wait, the client is served again.
    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    expect((await get('/v1/satellites', '198.51.100.1')).status).toBe(200);
  });

  test('behind the proxy, the address is the one the proxy appended: a client writing its own X-Forwarded-For gains nothing', async () => {
    let last = 0;
    for (let i = 0; i < 11; i += 1) {
      // Each request claims a different origin on the left; the proxy's entry (rightmost) is the same.
      last = (await get('/iss-now.json', `10.9.${i}.1, 203.0.113.50`)).status;
    }
    expect(last).toBe(429);
    // The spoofed left-hand addresses were not charged: 10.9.0.1 as the proxy's entry is a fresh client.
    expect((await get('/iss-now.json', '10.9.0.1')).status).toBe(200);
  });
});
