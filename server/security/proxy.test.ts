import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { loadServerConfig } from '@/server/config';
import { config, proxy } from '@/proxy';
import { headersFor, securityContext, wantsNonce } from './headers';

const call = (path: string) => proxy(new NextRequest(new URL(path, 'http://127.0.0.1:3000')));

/** NextResponse.next({ request }) passes overridden request headers to Next as x-middleware-request-* headers. */
const forwarded = (res: Response, name: string) => res.headers.get(`x-middleware-request-${name.toLowerCase()}`);

describe('proxy', () => {
  it('gives a page a fresh nonce, on the response policy and forwarded to Next on the request', () => {
    const a = call('/');
    const b = call('/');
    const csp = a.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("'strict-dynamic'");
    expect(forwarded(a, 'x-nonce')).toBe(nonce);
    expect(forwarded(a, 'content-security-policy')).toBe(csp);
    expect(b.headers.get('content-security-policy')).not.toBe(csp);
  });

  it.each([
    '/_next/static/chunks/main.js',
    '/_next/image?url=%2Ficon.png&w=64&q=75',
    '/basemap/land-110m.json',
    '/gazetteer/places.json',
    '/favicon.ico',
  ])('sets every header on %s, without a nonce', (path) => {
    const res = call(path);
    const expected = headersFor(null);
    for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), name).toBe(value);
    expect(res.headers.get('content-security-policy')).not.toContain('nonce-');
    expect(forwarded(res, 'x-nonce')).toBeNull();
  });

  it('never allows eval or inline scripts under the test (non-development) environment', () => {
    for (const p of ['/', '/passes', '/basemap/land-110m.json']) {
      expect(call(p).headers.get('content-security-policy')).not.toMatch(/unsafe-eval|unsafe-inline/);
    }
  });
});

/** Whether Next runs the proxy for a URL, by Next's own matcher code (what `next start` uses). */
const runs = (url: string): boolean => unstable_doesMiddlewareMatch({ config, url });

describe('the proxy matcher', () => {
  it.each([
    '/',
    '/passes',
    '/passes?lat=51.5&lon=-0.13',
    '/display/kiosk',
    '/no-such-page',
    '/apiary', // a page whose name starts with "api"
    '/API/tle', // Next's routes are case-sensitive: this is the 404 document, not the API
    '/x/api/tle',
    '/_next/static/chunks/main.js',
    '/_next/static/css/app.css',
    '/_next/image?url=%2Ficon.png&w=64&q=75',
    '/basemap/countries-110m.json',
    '/gazetteer/places.json',
    '/favicon.ico',
    '/index.rsc',
    '/v10', // not the wheretheiss.at paths
    '/v1x/satellites',
    '/iss-now.jsonx',
    '/developers',
  ])('runs the proxy for %s', (url) => {
    expect(runs(url)).toBe(true);
  });

  it.each([
    '/api',
    '/api/',
    '/api/tle',
    '/api/position',
    '/api/position?at=0&units=miles',
    '/api/passes?lat=51.5&lon=-0.13',
    '/api/health',
    '/api/version',
    '/api/no-such-endpoint',
    '/api/tle/extra',
    '/v1',
    '/v1/satellites/25544',
    '/v1/coordinates/1,2',
    '/v1/nope',
    '/iss-now.json',
    '/iss-pass.json?lat=1&lon=2',
  ])(
    'leaves out %s (route handlers set the headers: app/api/security-headers.test.ts, app/compat-routes.test.ts)',
    (url) => {
      expect(runs(url)).toBe(false);
    },
  );

  it('leaves out only paths that app/api/, app/v1/ and the two Open Notify routes answer (the optional catch-alls exist)', () => {
    expect(fs.existsSync(path.join(process.cwd(), 'app/api/[[...path]]/route.ts'))).toBe(true);
    expect(fs.existsSync(path.join(process.cwd(), 'app/v1/[[...path]]/route.ts'))).toBe(true);
    for (const url of [
      '/',
      '/api',
      '/api/a/b/c',
      '/apix',
      '/ap',
      '/_next/static/x.js',
      '/a.json',
      '/%61pi/tle',
      '/api%2Ftle',
      '/v1/a/b',
      '/v1x',
      '/iss-now.json',
      '/iss-now.json/x',
    ]) {
      const pathname = new URL(url, 'http://127.0.0.1').pathname;
      if (!runs(url)) expect(/^\/(api|v1)(\/|$)|^\/iss-(now|pass)\.json$/.test(pathname), url).toBe(true);
    }
  });

  it('runs for every path that gets a document nonce', () => {
    for (const p of ['/', '/passes', '/display/kiosk', '/no-such-page', '/apiary']) {
      expect(wantsNonce(p)).toBe(true);
      expect(runs(p)).toBe(true);
    }
  });
});

describe('wantsNonce', () => {
  it.each([
    ['/', true],
    ['/passes', true],
    ['/display/kiosk', true],
    ['/api/tle', false],
    ['/api', false],
    ['/_next/static/css/app.css', false],
    ['/_next/image', false],
    ['/basemap/land-50m.json', false],
    ['/icon.svg', false],
  ])('%s -> %s', (path, expected) => {
    expect(wantsNonce(path)).toBe(expected);
  });
});

describe('securityContext', () => {
  it('derives the tile source and framing from the operator configuration', () => {
    const loaded = loadServerConfig({
      TILE_URL: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
      TILE_ATTRIBUTION: '© OpenStreetMap contributors',
      FRAME_ANCESTORS: "'self' https://intranet.example.org",
    });
    const context = securityContext(loaded, 'production');
    expect(context).toEqual({
      tileSource: 'https://*.tile.openstreetmap.org',
      frameAncestors: "frame-ancestors 'self' https://intranet.example.org",
      development: false,
    });
    const headers = headersFor('n', context);
    expect(headers['Content-Security-Policy']).toContain("img-src 'self' data: blob: https://*.tile.openstreetmap.org");
    expect(headers['X-Frame-Options']).toBeUndefined();
  });

  it('keeps the offline defaults when nothing is configured, or the tile layer is off for lack of attribution', () => {
    for (const env of [{}, { TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png' }]) {
      const context = securityContext(loadServerConfig(env), 'production');
      expect(context.tileSource).toBeNull();
      expect(context.frameAncestors).toBe("frame-ancestors 'none'");
      expect(headersFor(null, context)['X-Frame-Options']).toBe('DENY');
    }
  });
});
