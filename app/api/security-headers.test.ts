import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guarded } from '@/server/api/responses';
import { headersFor } from '@/server/security/headers';
import { setTleSourceForTests, type TleSource } from '@/server/tle-source';
import { API_DIR, findRoutes, installTestSource, request } from '../../test-support/route-test-support';

/**
 * proxy.ts does not run for /api/ (its matcher leaves it out), so every answer of every route under app/api/
 * must carry the security headers itself. The routes are found on disk: a new one cannot be forgotten.
 */
type Handler = (request: Request) => Response | Promise<Response>;
type RouteModule = Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'HEAD', Handler>>;

const CATCH_ALL = '[[...path]]';
const routes = findRoutes(API_DIR).map((file) => {
  const dir = path.relative(API_DIR, path.dirname(file)).split(path.sep).join('/');
  return { file, dir, urlPath: dir === CATCH_ALL ? '/api/no-such-endpoint' : `/api/${dir}` };
});
/**
 * A valid query for routes that need one. Instants are pinned: by default these routes answer for "now", which a
 * year after the embedded elements' epoch is refused (400), so the suite would age.
 */
const VALID_QUERY: Record<string, string> = {
  passes: '?lat=51.5&lon=-0.13&from=2026-10-10T00:00:00Z',
  'passes.ics': '?lat=51.5&lon=-0.13&from=2026-10-10T00:00:00Z',
  position: '?at=2026-10-10T00:00:00Z',
};
/** What a route answers a good GET with: JSON, except the calendar feed. */
const CONTENT_TYPE: Record<string, RegExp> = { 'passes.ics': /^text\/calendar; charset=utf-8$/ };
const load = async (file: string): Promise<RouteModule> => (await import(/* @vite-ignore */ file)) as RouteModule;

/** Every security header, exactly once (a duplicate would read back as "a, a"), and no nonce. */
function expectSecurityHeaders(res: Response, what: string): void {
  const expected = headersFor(null);
  expect(Object.keys(expected).sort(), what).toEqual(
    [
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ].sort(),
  );
  for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
  expect(res.headers.get('content-security-policy'), what).toMatch(/frame-ancestors 'none'/);
  expect(res.headers.get('content-security-policy'), what).not.toMatch(/nonce-|unsafe-eval|unsafe-inline/);
}

let cleanup: () => void;
beforeEach(() => {
  ({ cleanup } = installTestSource()); // offline: the embedded TLE
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('finds every API route on disk, the catch-all included', () => {
  expect(routes.map((r) => r.dir)).toEqual(
    expect.arrayContaining(['health', 'passes', 'passes.ics', 'position', 'tle', 'version', CATCH_ALL]),
  );
});

describe.each(routes)('$urlPath ($dir/route.ts)', ({ file, dir, urlPath }) => {
  const isCatchAll = dir === CATCH_ALL;

  it('exports a handler for every method Next would otherwise answer itself (HEAD is answered with GET)', async () => {
    const mod = await load(file);
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const)
      expect(mod[method], method).toBeTypeOf('function');
    expect(mod.HEAD).toBeUndefined();
  });

  it(
    isCatchAll ? 'answers GET with a JSON 404 and the headers' : 'answers GET with a 200 and the headers',
    async () => {
      const res = await (await load(file)).GET?.(request(`${urlPath}${VALID_QUERY[dir] ?? ''}`));
      expect(res?.status).toBe(isCatchAll ? 404 : 200);
      expect(res?.headers.get('content-type')).toMatch(CONTENT_TYPE[dir] ?? /^application\/json/);
      if (res) expectSecurityHeaders(res, `GET ${urlPath}`);
      if (isCatchAll)
        expect(await res?.json()).toEqual({ error: { message: 'no API endpoint at /api/no-such-endpoint' } });
    },
  );

  // The catch-all reads no parameter: it answers 404 whatever the query.
  if (!isCatchAll) {
    it('answers an unknown query parameter with a 400 and the headers', async () => {
      const res = await (await load(file)).GET?.(request(`${urlPath}?fuzz-probe=1`));
      expect(res?.status).toBe(400);
      if (res) expectSecurityHeaders(res, `GET ${urlPath} 400`);
    });
  }

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)(
    `answers %s with ${isCatchAll ? '404' : '405 and Allow'}, JSON, and the headers`,
    async (method) => {
      const res = await (
        await load(file)
      )[method]?.(new Request(`http://localhost:3000${urlPath}`, { method, body: method === 'DELETE' ? null : '{}' }));
      expect(res?.status).toBe(isCatchAll ? 404 : 405);
      expect(res?.headers.get('allow')).toBe(isCatchAll ? null : 'GET, HEAD, OPTIONS');
      expect(res?.headers.get('cache-control')).toBe('no-store');
      expect(await res?.json()).toEqual({ error: { message: expect.any(String) } });
      if (res) expectSecurityHeaders(res, `${method} ${urlPath}`);
    },
  );

  it(`answers OPTIONS with ${isCatchAll ? '404' : '204 and Allow'} and the headers`, async () => {
    const res = await (
      await load(file)
    ).OPTIONS?.(new Request(`http://localhost:3000${urlPath}`, { method: 'OPTIONS' }));
    expect(res?.status).toBe(isCatchAll ? 404 : 204);
    if (!isCatchAll) expect(res?.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    if (res) expectSecurityHeaders(res, `OPTIONS ${urlPath}`);
  });
});

describe('a handler that throws', () => {
  /** A TLE source that fails every call: the routes that read the TLE answer 500, logged, with the headers. */
  const broken: TleSource = {
    getTle: () => Promise.reject(new Error('disk on fire')),
    getHealth: () => {
      throw new Error('disk on fire');
    },
    idle: () => Promise.resolve(),
  };

  it.each(['/api/tle', '/api/position', '/api/passes?lat=51.5&lon=-0.13', '/api/health'])(
    '%s: 500, JSON, the headers',
    async (url) => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      setTleSourceForTests(broken);
      const route = routes.find((r) => r.urlPath === new URL(url, 'http://x').pathname);
      const res = await (await load(route?.file ?? '')).GET?.(request(url));
      expect(res?.status).toBe(500);
      expect(await res?.json()).toEqual({ error: { message: 'internal error' } });
      expect(res?.headers.get('cache-control')).toBe('no-store');
      if (res) expectSecurityHeaders(res, `500 ${url}`);
      expect(log).toHaveBeenCalledOnce();
      expect(String(log.mock.calls[0]?.[0])).toContain(`GET ${new URL(url, 'http://x').pathname} failed`);
    },
  );

  it('stays synchronous when the handler is', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ok = guarded(() => new Response('x'));
    const failing = guarded((): Response => {
      throw new Error('boom');
    });
    expect(ok(request('/api/x'))).toBeInstanceOf(Response);
    expect(failing(request('/api/x')).status).toBe(500);
  });
});
