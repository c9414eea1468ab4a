import type http from 'node:http';
import zlib from 'node:zlib';
import { expect, test } from './pinned-clock';
import { rawRequest, type RawAnswer } from '../server/http/static-assets.mjs';

// The production server (server/http/next-server.mjs) answers the build's static files from compressed copies
// it made once (server/http/static-assets.mjs), and leaves everything else to Next. These check, on the real
// build, that a held file is byte for byte what Next serves, with Next's own headers for it.

/** A GET without any automatic decompression: the bytes and headers as sent. */
function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  const { hostname, port, pathname, search } = new URL(url);
  return rawRequest({ host: hostname, port, path: `${pathname}${search}`, headers });
}

/** Headers that describe the file (not the transfer), for comparing two answers for it. */
function fileHeaders(headers: http.IncomingHttpHeaders): Record<string, unknown> {
  const perTransfer = new Set([
    'content-length',
    'content-encoding',
    'transfer-encoding',
    'date',
    'connection',
    'keep-alive',
    'accept-ranges',
  ]);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !perTransfer.has(name)));
}

const decode = (raw: RawAnswer): Buffer => {
  const encoding = raw.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(raw.body);
  if (encoding === 'gzip') return zlib.gunzipSync(raw.body);
  return raw.body;
};

test('the first-load script and the basemap come compressed from memory, identical to what Next serves, with its headers', async ({
  baseURL,
}) => {
  const html = await (await fetch(`${baseURL}/`)).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'a first-load script in the HTML').toBeDefined();

  for (const path of [script as string, '/basemap/countries-110m.json']) {
    const url = `${baseURL}${path}`;
    // Next itself never sends brotli: seeing it means the held copy answered. Each worker fills its copies in the
    // seconds after it starts, so wait for them.
    await expect
      .poll(async () => (await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding'], {
        timeout: 30_000,
      })
      .toBe('br');
    const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
    const identity = await rawGet(url, { 'accept-encoding': 'identity' }); // always answered by Next
    expect([br.status, gzip.status, identity.status]).toEqual([200, 200, 200]);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.length).toBeGreaterThan(1000);
    expect(decode(br).equals(identity.body), `${path}: brotli decodes to the file`).toBe(true);
    expect(decode(gzip).equals(identity.body), `${path}: gzip decodes to the file`).toBe(true);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(identity.body.length / 2);
    expect(fileHeaders(br.headers), `${path}: the same headers as Next's`).toEqual(fileHeaders(identity.headers));
    expect(br.headers['content-security-policy']).toContain("default-src 'self'");
    expect(br.headers.vary).toMatch(/accept-encoding/i);

    const revalidated = await rawGet(url, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
  }

  const chunk = await rawGet(`${baseURL}${script as string}`, { 'accept-encoding': 'br' });
  expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const basemap = await rawGet(`${baseURL}/basemap/countries-110m.json`, { 'accept-encoding': 'br' });
  expect(basemap.headers['cache-control']).toBe('public, max-age=86400, stale-while-revalidate=604800');
});

test('what it does not hold still reaches Next: a missing chunk is 404, pages and the API answer as before', async ({
  baseURL,
}) => {
  expect((await rawGet(`${baseURL}/_next/static/chunks/does-not-exist.js`, { 'accept-encoding': 'br' })).status).toBe(
    404,
  );
  const page = await rawGet(`${baseURL}/`, { 'accept-encoding': 'gzip' });
  expect(page.status).toBe(200);
  expect(decode(page).toString()).toContain('<html');
  const api = await rawGet(`${baseURL}/api/health`, { 'accept-encoding': 'identity' });
  expect(api.status).toBe(200);
});
