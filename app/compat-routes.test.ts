import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeComponent, generateQuery, NASTY_VALUES, seededRandom } from '@/test-support/fuzz/query-fuzzer';
import { headersFor } from '@/server/security/headers';
import type { GroundTrackSample as Sample } from '../test-support/groundtrack-samples';
import { findRoutes, installTestSource } from '../test-support/route-test-support';

/**
 * The compatible routes (wheretheiss.at /v1 and Open Notify), called as Next calls them. Clocks are pinned:
 * "now" is 2026-10-10T08:23:53.589Z, the culmination (34.9 deg) of the first London reference pass.
 */
type Handler = (request: Request) => Response | Promise<Response>;
type RouteModule = Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS', Handler>>;

const APP = path.join(process.cwd(), 'app');
const NOW = Date.parse('2026-10-10T08:23:53.589Z');
const LONDON = { lat: 51.5074, lon: -0.1278 };

interface CompatRoute {
  dir: string;
  url: string;
  /** The parameters it reads (besides callback). */
  params: string[];
  shape: 'wtia' | 'open-notify';
  catchAll?: boolean;
}

const ROUTES: CompatRoute[] = [
  { dir: 'v1/satellites', url: '/v1/satellites', params: [], shape: 'wtia' },
  { dir: 'v1/satellites/[id]', url: '/v1/satellites/25544', params: ['units', 'timestamp'], shape: 'wtia' },
  {
    dir: 'v1/satellites/[id]/positions',
    url: '/v1/satellites/25544/positions?timestamps=1791577189',
    params: ['units', 'timestamps'],
    shape: 'wtia',
  },
  { dir: 'v1/satellites/[id]/tles', url: '/v1/satellites/25544/tles', params: ['format'], shape: 'wtia' },
  { dir: 'v1/coordinates/[coordinates]', url: '/v1/coordinates/51.5074,-0.1278', params: [], shape: 'wtia' },
  { dir: 'v1/[[...path]]', url: '/v1/no/such/thing', params: [], shape: 'wtia', catchAll: true },
  { dir: 'iss-now.json', url: '/iss-now.json', params: [], shape: 'open-notify' },
  {
    dir: 'iss-pass.json',
    url: `/iss-pass.json?lat=${LONDON.lat}&lon=${LONDON.lon}`,
    params: ['lat', 'lon', 'alt', 'n'],
    shape: 'open-notify',
  },
];

const load = async (dir: string): Promise<RouteModule> =>
  (await import(/* @vite-ignore */ path.join(APP, dir, 'route.ts'))) as RouteModule;
const req = (url: string, init?: RequestInit): Request => new Request(new URL(url, 'http://localhost:3000'), init);
const get = async (url: string, init?: RequestInit): Promise<Response> => {
  const route = ROUTES.find((r) => r.url === url) ?? ROUTES.filter((r) => matches(r, url)).at(0);
  if (!route) throw new Error(`no route for ${url}`);
  const res = await (await load(route.dir)).GET?.(req(url, init));
  if (!res) throw new Error(`${route.dir} has no GET`);
  return res;
};
function matches(route: CompatRoute, url: string): boolean {
  const pattern = route.dir
    .replace('[[...path]]', '.*')
    .replace(/\[[a-z]+\]/g, '[^/]+')
    .replace(/\./g, '\\.')
    .replace('\\.*', '.*');
  return (
    new RegExp(`^/${pattern}$`).test(new URL(url, 'http://x').pathname) &&
    !(route.catchAll && ROUTES.some((r) => !r.catchAll && matches(r, url)))
  );
}

function expectHeaders(res: Response, what: string): void {
  for (const [name, value] of Object.entries(headersFor(null)))
    expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
  expect(res.headers.get('access-control-allow-origin'), what).toBe('*');
  expect(res.headers.get('access-control-allow-credentials'), what).toBeNull();
}

let cleanup: () => void;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  ({ cleanup } = installTestSource({}, () => Date.now())); // offline: the embedded (reference) TLE
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('covers every compatible route file on disk', () => {
  const onDisk = [
    ...findRoutes(path.join(APP, 'v1')),
    path.join(APP, 'iss-now.json/route.ts'),
    path.join(APP, 'iss-pass.json/route.ts'),
  ]
    .filter((f) => fs.existsSync(f))
    .map((f) => path.relative(APP, path.dirname(f)).split(path.sep).join('/'));
  expect(onDisk.sort()).toEqual(ROUTES.map((r) => r.dir).sort());
});

describe.each(ROUTES)('$url', (route) => {
  it(`answers GET with ${route.catchAll ? '404' : '200'}, JSON, the security and CORS headers`, async () => {
    const res = await get(route.url);
    expect(res.status).toBe(route.catchAll ? 404 : 200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expectHeaders(res, `GET ${route.url}`);
    JSON.parse(await res.text());
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)(
    `answers %s with ${route.catchAll ? '404' : '405 and Allow'}, in the original's shape`,
    async (method) => {
      const res = await (
        await load(route.dir)
      )[method]?.(req(route.url, { method, body: method === 'DELETE' ? null : '{}' }));
      expect(res?.status).toBe(route.catchAll ? 404 : 405);
      if (!route.catchAll) expect(res?.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      const body = (await res?.json()) as unknown;
      if (route.shape === 'wtia') expect(body).toEqual({ error: expect.any(String), status: res?.status });
      if (res) expectHeaders(res, `${method} ${route.url}`);
    },
  );

  if (!route.catchAll) {
    it('answers a CORS preflight: 204, methods, the asked headers echoed, Vary, a day of caching, no credentials', async () => {
      const res = await (
        await load(route.dir)
      ).OPTIONS?.(
        req(route.url, {
          method: 'OPTIONS',
          headers: {
            origin: 'https://example.org',
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'If-None-Match, X-Custom',
          },
        }),
      );
      expect(res?.status).toBe(204);
      expect(res?.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      expect(res?.headers.get('access-control-allow-headers')).toBe('If-None-Match, X-Custom');
      expect(res?.headers.get('vary')).toBe('Access-Control-Request-Headers');
      expect(res?.headers.get('access-control-max-age')).toBe('86400');
      if (res) expectHeaders(res, `OPTIONS ${route.url}`);
    });

    it('ignores parameters it does not read (jQuery adds _=) and wraps the answer for callback=', async () => {
      const sep = route.url.includes('?') ? '&' : '?';
      expect((await get(`${route.url}${sep}_=1700000000`)).status).toBe(200);
      const jsonp = await get(`${route.url}${sep}callback=onIss`);
      expect(jsonp.headers.get('content-type')).toMatch(/^application\/javascript/);
      const text = await jsonp.text();
      expect(text).toMatch(/^\/\*\*\/ typeof onIss === 'function' && onIss\(.*\);$/s);
      const refused = await get(`${route.url}${sep}callback=${encodeURIComponent('alert(1)//')}`);
      expect(refused.status).toBe(400);
      expect(await refused.text()).not.toContain('alert(1)');
    });

    it('answers 1,000+ malformed requests with no 5xx, in the original error shape every time', async () => {
      const { pathname } = new URL(route.url, 'http://x');
      const base = route.url.includes('?') ? `${route.url}&` : `${pathname}?`;
      const urls: string[] = [];
      const known = [...route.params, 'callback'];
      for (const name of known)
        for (const v of NASTY_VALUES) urls.push(`${base}${name}=${encodeComponent(v)}`, `${base}${name}=${v}`);
      // The path segment too, where the route reads one (satellite id, coordinates).
      if (route.dir.includes('[')) {
        const segments = pathname.split('/');
        for (const v of NASTY_VALUES)
          urls.push([...segments.slice(0, 3), encodeComponent(v), ...segments.slice(4)].join('/'));
        // Malformed escapes, as a client could send them raw.
        for (const raw of ['%zz', '%E0%A4%A', '%', '%%', '%C0%AF', '%00', '51.5%2C-0.1', '%2e%2e'])
          urls.push([...segments.slice(0, 3), raw, ...segments.slice(4)].join('/'));
      }
      const rnd = seededRandom([...route.dir].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
      for (let i = 0; i < 1000; i += 1) urls.push(`${base}${generateQuery(rnd, known)}`);
      const statuses = new Map<number, number>();
      for (const url of urls) {
        let res: Response;
        try {
          res = await (await load(route.dir)).GET!(req(url));
        } catch {
          continue; // a URL the Request constructor itself refuses never reaches the server
        }
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, url.slice(0, 200)).toBeLessThan(500);
        const text = await res.text();
        if (res.headers.get('content-type')?.startsWith('application/javascript')) {
          expect(text.startsWith('/**/ typeof '), url.slice(0, 200)).toBe(true);
          continue;
        }
        const body = JSON.parse(text) as Record<string, unknown>;
        if (res.status >= 400) {
          if (route.shape === 'wtia')
            expect(body, url.slice(0, 200)).toEqual({ error: expect.any(String), status: res.status });
          else expect(body, url.slice(0, 200)).toEqual({ message: 'failure', reason: expect.any(String) });
        }
      }
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000);
      expect([...statuses.keys()].every((s) => s === 200 || s === 304 || (s >= 400 && s < 500))).toBe(true);
    }, 120_000);
  }
});

const skyfield = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'test-support/fixtures/groundtrack.json'), 'utf8'),
) as { series: { samples: Sample[] }[] };

describe('wheretheiss.at /v1 answers', () => {
  it('positions: ten instants against Skyfield (lat/lon 1e-4 deg, altitude 10 m, speed 1 km/h, sunlit)', async () => {
    const samples = (skyfield.series[0]?.samples ?? []).filter((_, i) => i % 36 === 0).slice(0, 10);
    expect(samples).toHaveLength(10);
    const stamps = samples.map((s) => (Date.parse(s.t) / 1000).toFixed(3)).join(',');
    const res = await get(`/v1/satellites/25544/positions?timestamps=${stamps}`);
    const body = (await res.json()) as {
      latitude: number;
      longitude: number;
      altitude: number;
      velocity: number;
      visibility: string;
      timestamp: number;
      units: string;
    }[];
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toHaveLength(10);
    body.forEach((p, i) => {
      const s = samples[i]!;
      expect(p.timestamp).toBeCloseTo(Date.parse(s.t) / 1000, 3);
      expect(Math.abs(p.latitude - s.lat_deg)).toBeLessThan(1e-4);
      expect(Math.abs(((p.longitude - s.lon_deg + 540) % 360) - 180)).toBeLessThan(1e-4);
      expect(Math.abs(p.altitude - s.alt_km)).toBeLessThan(0.01);
      expect(Math.abs(p.velocity - s.speed_inertial_km_s * 3600)).toBeLessThan(1);
      expect(p.visibility).toBe(s.sunlit_geometric_conical ? 'daylight' : 'eclipsed');
      expect(p.units).toBe('kilometers');
    });
  });

  it('positions: at most 10 timestamps, miles on request', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => 1791577189 + i).join(',');
    const over = await get(`/v1/satellites/25544/positions?timestamps=${eleven}`);
    expect(over.status).toBe(400);
    expect(await over.json()).toEqual({ error: 'at most 10 timestamps are allowed, 11 given', status: 400 });
    const [km] = (await (await get('/v1/satellites/25544/positions?timestamps=1791577189')).json()) as {
      altitude: number;
      footprint: number;
    }[];
    const [mi] = (await (await get('/v1/satellites/25544/positions?timestamps=1791577189&units=miles')).json()) as {
      altitude: number;
      footprint: number;
      units: string;
    }[];
    expect(mi!.altitude).toBeCloseTo(km!.altitude / 1.609344, 9);
    expect(mi!.footprint).toBeCloseTo(km!.footprint / 1.609344, 9);
    expect(mi!.units).toBe('miles');
  });

  it('the satellite now is /api/position now (same builder), with an integer timestamp of the pinned second', async () => {
    const res = await get('/v1/satellites/25544');
    const body = (await res.json()) as Record<string, unknown>;
    const api = (await (
      await import('./api/position/route')
    )
      .GET(req('/api/position'))
      .then((r) => r.json())) as Record<string, unknown>;
    expect(body).toEqual(api);
    expect(body.timestamp).toBe(Math.floor(NOW / 1000));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('an unknown satellite is a 404 in the original shape; so is an unknown path', async () => {
    for (const url of [
      '/v1/satellites/25545',
      '/v1/satellites/iss',
      '/v1/satellites/25545/tles',
      '/v1/satellites/1/positions?timestamps=1',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.json(), url).toEqual({ error: 'satellite not found', status: 404 });
    }
    expect(await (await get('/v1/no/such/thing')).json()).toEqual({ error: 'not found', status: 404 });
  });

  it('tles: JSON and text, cacheable, with a weak ETag that answers 304', async () => {
    const res = await get('/v1/satellites/25544/tles');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      requested_timestamp: Math.floor(NOW / 1000),
      tle_timestamp: 1791574969,
      id: '25544',
      name: 'iss',
      header: 'ISS (ZARYA)',
    });
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    vi.setSystemTime(NOW + 5000); // the body's requested_timestamp changes; the elements, and the tag, do not
    const again = await get('/v1/satellites/25544/tles', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const text = await get('/v1/satellites/25544/tles?format=text');
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
    expect((await text.text()).split('\n')).toEqual(['ISS (ZARYA)', body.line1, body.line2, '']);
    expect((await get('/v1/satellites/25544/tles?format=xml')).status).toBe(400);
  });

  it('coordinates: zone, offset at the pinned instant, country, "??" at sea, strings for the coordinates', async () => {
    expect(await (await get('/v1/coordinates/51.5074,-0.1278')).json()).toEqual({
      latitude: '51.5074',
      longitude: '-0.1278',
      timezone_id: 'Europe/London',
      offset: 1, // British Summer Time on 10 October
      country_code: 'GB',
      map_url: 'https://maps.google.com/maps?q=51.5074,-0.1278&z=4',
    });
    expect(await (await get('/v1/coordinates/0,-30')).json()).toMatchObject({
      timezone_id: 'Etc/GMT+2',
      offset: -2,
      country_code: '??',
    });
    const bad = await get('/v1/coordinates/91,0');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringMatching(/invalid coordinates/), status: 400 });
  });
});

describe('Open Notify answers', () => {
  it('iss-now: the pinned second, latitude and longitude as 4-decimal strings of the same position', async () => {
    const body = (await (await get('/iss-now.json')).json()) as {
      message: string;
      timestamp: number;
      iss_position: { latitude: string; longitude: string };
    };
    const v1 = (await (await get('/v1/satellites/25544')).json()) as { latitude: number; longitude: number };
    expect(body).toEqual({
      message: 'success',
      timestamp: Math.floor(NOW / 1000),
      iss_position: { latitude: v1.latitude.toFixed(4), longitude: v1.longitude.toFixed(4) },
    });
  });

  it('iss-pass: during a pass over London, n=2 lists one (the next), the original errors otherwise', async () => {
    const res = await get(`/iss-pass.json?lat=${LONDON.lat}&lon=${LONDON.lon}&n=2`);
    const body = (await res.json()) as {
      request: Record<string, number>;
      response: { risetime: number; duration: number }[];
    };
    expect(body.request).toEqual({
      datetime: Math.floor(NOW / 1000),
      latitude: LONDON.lat,
      longitude: LONDON.lon,
      altitude: 100,
      passes: 2,
    });
    expect(body.response).toHaveLength(1);
    expect(body.response[0]!.risetime * 1000).toBeGreaterThan(NOW);
    const missing = await get('/iss-pass.json?lon=1');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ message: 'failure', reason: 'Latitude must be specified.' });
  });
});
