import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HealthReport } from '@/server/api/health-report';
import { installTestSource, request } from '../../../test-support/route-test-support';
import { dynamic, GET } from './route';

const EPOCH_MS = Date.parse('2026-10-09T19:42:49.139Z');
let cleanup = () => undefined as void;
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function health() {
  const res = GET(request('/api/health'));
  return { res, body: (await res.json()) as HealthReport };
}

describe('GET /api/health', () => {
  it('is rendered per request and never cached', async () => {
    expect(dynamic).toBe('force-dynamic');
    ({ cleanup } = installTestSource());
    const { res } = await health();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('is ok offline with a fresh embedded TLE, and reports every section', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(EPOCH_MS + 86_400_000);
    ({ cleanup } = installTestSource({}, () => Date.now()));
    const { body } = await health();
    expect(body.status).toBe('ok');
    expect(typeof body.version).toBe('string');
    expect(body.tle).toEqual({
      noradId: 25544,
      source: 'embedded',
      epoch: '2026-10-09T19:42:49.139Z',
      ageDays: 1,
      fetchedAt: null,
    });
    expect(body.upstream).toMatchObject({
      configured: false,
      kind: 'none',
      role: 'fetch',
      lastAttemptAt: null,
      lastResult: null,
      lastError: null,
      nextAllowedAt: null,
      consecutiveFailures: 0,
    });
    expect(body.persistence).toMatchObject({ lastWriteAt: null, lastError: null });
    expect(body.config).toEqual({ problems: [] });
  });

  it('is degraded when the TLE is stale, and says so', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(EPOCH_MS + 30 * 86_400_000);
    ({ cleanup } = installTestSource({}, () => Date.now()));
    const { body } = await health();
    expect(body.status).toBe('degraded');
    expect(body.reasons.join()).toMatch(/30\.0 days old/);
  });

  it('reports bad configuration without failing', async () => {
    ({ cleanup } = installTestSource({ TLE_NORAD_ID: 'ISS', TLE_FETCH_TIMEOUT_MS: '10' }));
    const { res, body } = await health();
    expect(res.status).toBe(200);
    expect(body.status).toBe('degraded');
    const problems = body.config.problems;
    expect(problems.map((p) => p.variable)).toEqual(['TLE_NORAD_ID', 'TLE_FETCH_TIMEOUT_MS']);
    expect(body.tle.noradId).toBe(25544);
  });

  it('shows an upstream failure after a refresh attempt', async () => {
    let source: { idle(): Promise<void> };
    ({ cleanup, source } = installTestSource({
      TLE_SOURCE: 'http://127.0.0.1:9/gp.php',
      TLE_FETCH_TIMEOUT_MS: '1000',
    }));
    const { getTle } = await import('@/server/tle-source');
    await getTle();
    await source.idle();
    const { body } = await health();
    expect(body.status).toBe('degraded');
    expect(body.liveSource).toEqual({ state: 'unreachable', since: body.upstream.lastErrorAt });
    expect(body.upstream.failingSince).toBe(body.upstream.lastErrorAt);
    expect(body.reasons.join()).toMatch(/the live source \(http:\/\/127\.0\.0\.1:9\/gp\.php\) cannot be reached since/);
    expect(body.upstream).toMatchObject({
      configured: true,
      kind: 'http',
      lastResult: 'network-error',
      consecutiveFailures: 1,
    });
    expect(body.upstream.lastError).toMatch(/ECONNREFUSED|network error/);
    expect(Date.parse(body.upstream.nextAllowedAt ?? '')).toBeGreaterThan(
      Date.parse(body.upstream.lastAttemptAt ?? ''),
    );
  });
});
