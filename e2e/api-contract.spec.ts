import http from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { saveScreenshot } from './helpers';

/**
 * The API's contract, live: answers validated against the OpenAPI document the server publishes, and every
 * method on every kind of path (pages, API routes, static files) answered without a 5xx.
 */

type Json = Record<string, unknown>;

function baseUrl(): URL {
  return new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:3100');
}

/** One request with any method (fetch refuses TRACE and friends), body drained. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = baseUrl();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port: Number(port), method, path, headers: { connection: 'close', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: timeout`)));
    req.end(method === 'POST' || method === 'PUT' || method === 'PATCH' ? '{}' : undefined);
  });
}

test.describe('answers match the published OpenAPI document', () => {
  test('every route, ours and the compatible ones, validated against its response schema', async ({ request }) => {
    const doc = (await (await request.get('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: Json }> }> } }>;
      components: Json;
    };
    expect(doc.openapi).toBe('3.1.0');
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ $id: 'https://orbit-watch.invalid/openapi.json', components: doc.components });
    const cases: Array<[string, string]> = [
      ['/api/tle', '/api/tle'],
      ['/api/position', '/api/position?at=2026-10-09T20:19:49Z'],
      ['/api/position', '/api/position?units=nautical'],
      ['/api/passes', '/api/passes?lat=51.5074&lon=-0.1278&days=2'],
      ['/api/health', '/api/health'],
      ['/api/version', '/api/version'],
      ['/api/openapi.json', '/api/openapi.json'],
      ['/v1/satellites', '/v1/satellites'],
      ['/v1/satellites/{id}', '/v1/satellites/25544'],
      ['/v1/satellites/{id}', '/v1/satellites/25544?units=miles&timestamp=1791577189'],
      ['/v1/satellites/{id}', '/v1/satellites/99999'],
      ['/v1/satellites/{id}/positions', '/v1/satellites/25544/positions?timestamps=1791577189,1791577249,1791577309'],
      ['/v1/satellites/{id}/positions', '/v1/satellites/25544/positions?timestamps=x'],
      ['/v1/satellites/{id}/tles', '/v1/satellites/25544/tles'],
      ['/v1/coordinates/{coordinates}', '/v1/coordinates/37.795517,-122.393693'],
      ['/v1/coordinates/{coordinates}', '/v1/coordinates/0,-30'],
      ['/v1/coordinates/{coordinates}', '/v1/coordinates/north'],
      ['/iss-now.json', '/iss-now.json'],
      ['/iss-pass.json', '/iss-pass.json?lat=51.5074&lon=-0.1278&alt=35&n=7'],
      ['/iss-pass.json', '/iss-pass.json?lat=95&lon=0'],
    ];
    for (const [template, url] of cases) {
      const res = await request.get(url);
      const status = String(res.status());
      const schema = doc.paths[template]?.get.responses[status]?.content?.['application/json']?.schema;
      expect(schema, `${url}: the document describes status ${status}`).toBeDefined();
      const body: unknown = await res.json();
      const validate = ajv.compile({
        $id: `https://orbit-watch.invalid/check/${encodeURIComponent(url)}`,
        ...rebase(schema!),
      });
      expect(validate(body), `${url} (${status}): ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  test('the schemas have teeth: a wheretheiss.at answer with a numeric id in /tles, or a number for iss_position, fails', async ({
    request,
  }) => {
    const doc = (await (await request.get('/api/openapi.json')).json()) as { components: Json };
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'https://orbit-watch.invalid/openapi.json', components: doc.components });
    const tles = ajv.getSchema('https://orbit-watch.invalid/openapi.json#/components/schemas/Tles')!;
    const good = (await (await request.get('/v1/satellites/25544/tles')).json()) as Json;
    expect(tles(good)).toBe(true);
    expect(tles({ ...good, id: 25544 })).toBe(false);
    const now = ajv.getSchema('https://orbit-watch.invalid/openapi.json#/components/schemas/IssNow')!;
    expect(now({ message: 'success', timestamp: 1, iss_position: { latitude: 1.5, longitude: 2.5 } })).toBe(false);
  });
});

/** `#/components/...` refs point into the document added under its $id. */
function rebase(schema: Json): Json {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/', '"https://orbit-watch.invalid/openapi.json#/components/'),
  ) as Json;
}

const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'PROPPATCH',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
  'SEARCH',
  'PURGE',
  'REPORT',
  'MERGE',
  'NOTIFY',
  'SUBSCRIBE',
];

test.describe('every method on every kind of path', () => {
  test('pages, API routes (ours, compatible, unknown) and static files: no 5xx, Allow with every 405, 204 for OPTIONS', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const chunk = /\/_next\/static\/[^"' ]+\.js/.exec(html)?.[0];
    expect(chunk, 'a static chunk in the page').toBeDefined();
    const paths = [
      '/',
      '/passes',
      '/display',
      '/developers',
      '/no-such-page',
      '/api/tle',
      '/api/position',
      '/api/passes?lat=1&lon=1',
      '/api/health',
      '/api/version',
      '/api/openapi.json',
      '/api/no-such',
      '/v1/satellites',
      '/v1/satellites/25544',
      '/v1/satellites/25544/positions?timestamps=1791577189',
      '/v1/satellites/25544/tles',
      '/v1/coordinates/1,1',
      '/v1/nope',
      '/iss-now.json',
      '/iss-pass.json?lat=1&lon=1',
      '/basemap/countries-110m.json',
      '/icon.svg',
      chunk!,
      '/no-such-file.json',
      // Malformed escapes: Next's router answers these with a bare 500 for dynamic routes.
      '/v1/coordinates/%zz',
      '/v1/satellites/%E0%A4%A',
      '/api/tle%zz',
      '/passes/%zz',
    ];
    const seen = new Map<string, number>();
    for (const path of paths) {
      for (const method of METHODS) {
        const res = await send(method, path);
        const what = `${method} ${path}`;
        seen.set(String(res.status), (seen.get(String(res.status)) ?? 0) + 1);
        expect(res.status, what).toBeLessThan(500);
        if (res.status === 405) expect(res.headers.allow, what).toBe('GET, HEAD, OPTIONS');
        if (
          method === 'OPTIONS' &&
          !path.startsWith('/v1/nope') &&
          !path.startsWith('/api/no-such') &&
          !path.includes('%')
        )
          expect(res.status, what).toBe(204);
        if (method === 'GET' || method === 'HEAD') expect(res.status, what).not.toBe(405);
        if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && !/\/(no-such|nope)|%/.test(path))
          expect(res.status, what).toBe(405);
        if ((method === 'GET' || method === 'HEAD') && path.includes('%')) expect(res.status, what).toBe(400);
      }
    }
    expect(seen.get('405') ?? 0).toBeGreaterThan(paths.length * 10);
  });

  test('the developers page lists every endpoint with a curl line (screenshots at 1440x900, 390x844, 1920x1080)', async ({
    page,
  }) => {
    for (const [name, width, height] of [
      ['developers-desktop', 1440, 900],
      ['developers-phone', 390, 844],
      ['developers-display', 1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/developers');
      await expect(page.getByRole('heading', { level: 1, name: 'API' })).toBeVisible();
      const curls = await page.locator('pre').allTextContents();
      for (const path of [
        '/api/position',
        '/v1/satellites/25544',
        '/v1/coordinates/',
        '/iss-now.json',
        '/iss-pass.json',
      ]) {
        expect(
          curls.some((c) => c.includes(`${baseUrl().origin}${path}`)),
          path,
        ).toBe(true);
      }
      // The page fits the phone: nothing wider than the viewport.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await saveScreenshot(page, name);
    }
  });
});
