import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerFromHeld,
  fillHeld,
  holdFile,
  isNotModified,
  listAssets,
  MAX_FILE_BYTES,
  pickEncoding,
  rawRequest,
  type HeldFile,
} from './static-assets.mjs';

describe('pickEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['deflate', null],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['br;q=0, gzip;q=0', null],
    ['*', 'br'],
    ['*;q=0', null],
    ['identity, *;q=0', null],
    ['gzip, *;q=0', 'gzip'],
    ['br ; q = 0.8 , gzip ; q = 0.9', 'gzip'],
    ['br;q=nonsense, gzip', 'gzip'],
  ] as const)('%j -> %s', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe('isNotModified', () => {
  const file = { etag: 'W/"37fa8-1a20f9ffa2b"', lastModified: 'Tue, 24 Nov 2026 22:14:32 GMT' };

  it('answers 304 for the same entity tag, weak or strong, alone or in a list, and for *', () => {
    expect(isNotModified({ 'if-none-match': 'W/"37fa8-1a20f9ffa2b"' }, file)).toBe(true);
    expect(isNotModified({ 'if-none-match': '"37fa8-1a20f9ffa2b"' }, file)).toBe(true);
    expect(isNotModified({ 'if-none-match': '"other", W/"37fa8-1a20f9ffa2b"' }, file)).toBe(true);
    expect(isNotModified({ 'if-none-match': '*' }, file)).toBe(true);
  });

  it('sends the file for another entity tag, even when If-Modified-Since alone would allow a 304', () => {
    expect(
      isNotModified({ 'if-none-match': 'W/"37fa8-000"', 'if-modified-since': 'Wed, 25 Nov 2026 00:00:00 GMT' }, file),
    ).toBe(false);
  });

  it('compares dates when there is no If-None-Match', () => {
    expect(isNotModified({ 'if-modified-since': 'Tue, 24 Nov 2026 22:14:32 GMT' }, file)).toBe(true);
    expect(isNotModified({ 'if-modified-since': 'Tue, 24 Nov 2026 22:14:31 GMT' }, file)).toBe(false);
    expect(isNotModified({ 'if-modified-since': 'not a date' }, file)).toBe(false);
    expect(isNotModified({}, file)).toBe(false);
    expect(isNotModified({ 'if-modified-since': 'Tue, 24 Nov 2026 22:14:32 GMT' }, {})).toBe(false);
  });
});

const TEXT = Buffer.from(`${'const station = "ISS (ZARYA)"; '.repeat(400)}\n`);
const NEXT_HEADERS: http.IncomingHttpHeaders = {
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'public, max-age=31536000, immutable',
  'content-type': 'application/javascript; charset=UTF-8',
  etag: 'W/"abc-123"',
  'last-modified': 'Tue, 24 Nov 2026 22:14:32 GMT',
  'content-length': String(TEXT.length),
  'accept-ranges': 'bytes',
  date: 'Tue, 24 Nov 2026 22:21:16 GMT',
  connection: 'close',
};

describe('holdFile', () => {
  it("keeps Next's headers for the file, drops those of the one transfer, and holds bodies that decompress to the file", async () => {
    const held = await holdFile({ status: 200, headers: NEXT_HEADERS, body: TEXT });
    expect(held).not.toBeNull();
    const headers = Object.fromEntries(held?.headers ?? []);
    expect(headers).toEqual({
      'content-security-policy': "default-src 'self'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'application/javascript; charset=UTF-8',
      etag: 'W/"abc-123"',
      'last-modified': 'Tue, 24 Nov 2026 22:14:32 GMT',
      vary: 'Accept-Encoding',
    });
    const br = held?.bodies.br;
    const gzip = held?.bodies.gzip;
    if (br === undefined || gzip === undefined) throw new Error('both encodings expected for a repetitive text');
    expect(zlib.brotliDecompressSync(br).equals(TEXT)).toBe(true);
    expect(zlib.gunzipSync(gzip).equals(TEXT)).toBe(true);
    expect(br.length).toBeLessThan(TEXT.length / 10);
  });

  it('holds nothing Next did not answer with the whole uncompressed file', async () => {
    expect(await holdFile({ status: 404, headers: NEXT_HEADERS, body: TEXT })).toBeNull();
    expect(await holdFile({ status: 206, headers: NEXT_HEADERS, body: TEXT })).toBeNull();
    expect(
      await holdFile({
        status: 200,
        headers: { ...NEXT_HEADERS, 'content-encoding': 'gzip' },
        body: zlib.gzipSync(TEXT),
      }),
    ).toBeNull();
  });

  it('keeps no encoding that would be larger than the file itself', async () => {
    const held = await holdFile({ status: 200, headers: NEXT_HEADERS, body: Buffer.from('x') });
    expect(held?.bodies).toEqual({});
  });
});

/** A server that answers from `held`, and says "next" with status 299 for everything it leaves to Next. */
async function serveHeld(held: Map<string, HeldFile>): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (answerFromHeld(held, req, res)) return;
    res.statusCode = 299;
    res.end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('answerFromHeld', () => {
  let server: { port: number; close: () => Promise<void> };
  const chunk = '/_next/static/chunks/app.js';
  const request = (path: string, options: http.RequestOptions = {}) =>
    rawRequest({ host: '127.0.0.1', port: server.port, path, ...options });

  beforeAll(async () => {
    const file = await holdFile({ status: 200, headers: NEXT_HEADERS, body: TEXT });
    if (file === null) throw new Error('fixture not held');
    server = await serveHeld(new Map([[chunk, file]]));
  });
  afterAll(() => server.close());

  it('sends brotli or gzip with the recorded headers and a length that matches the body', async () => {
    const br = await request(chunk, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(zlib.brotliDecompressSync(br.body).equals(TEXT)).toBe(true);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-security-policy']).toBe("default-src 'self'");
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers.etag).toBe('W/"abc-123"');

    const gz = await request(`${chunk}?v=1`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(TEXT)).toBe(true);
  });

  it('answers HEAD with the headers only, and a matching conditional GET with 304', async () => {
    const head = await request(chunk, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);

    const again = await request(chunk, { headers: { 'accept-encoding': 'br', 'if-none-match': 'W/"abc-123"' } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe('W/"abc-123"');
  });

  it('leaves to Next what it does not hold or would answer differently: identity, ranges, other methods', async () => {
    const cases: Array<[string, http.RequestOptions]> = [
      ['/_next/static/chunks/other.js', { headers: { 'accept-encoding': 'br' } }],
      [chunk, { headers: { 'accept-encoding': 'identity' } }],
      [chunk, {}],
      [chunk, { headers: { 'accept-encoding': 'br', range: 'bytes=0-99' } }],
      [chunk, { method: 'POST', headers: { 'accept-encoding': 'br' } }],
      // Held files are looked up by exact path, never resolved.
      ['/_next/static/chunks/../chunks/app.js', { headers: { 'accept-encoding': 'br' } }],
    ];
    for (const [urlPath, options] of cases) {
      const answer = await request(urlPath, options);
      expect({ urlPath, options, status: answer.status, body: answer.body.toString() }).toEqual({
        urlPath,
        options,
        status: 299,
        body: 'next',
      });
    }
  });
});

describe('listAssets and fillHeld', () => {
  let root: string;
  let origin: http.Server;
  let originPort: number;
  const served: string[] = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'orbit-watch-static-'));
    await mkdir(path.join(root, 'build/static/chunks'), { recursive: true });
    await mkdir(path.join(root, 'build/static/media'), { recursive: true });
    await mkdir(path.join(root, 'public/basemap'), { recursive: true });
    await writeFile(path.join(root, 'build/static/chunks/app.js'), TEXT);
    await writeFile(path.join(root, 'build/static/chunks/style.css'), TEXT);
    await writeFile(path.join(root, 'build/static/media/photo.png'), TEXT);
    await writeFile(path.join(root, 'build/server.js'), TEXT);
    await writeFile(path.join(root, 'public/basemap/countries-110m.json'), TEXT);
    await writeFile(path.join(root, 'public/basemap/missing.json'), TEXT);
    await writeFile(path.join(root, 'public/huge.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 32));
    // Stands in for Next: answers the files it knows with their headers, 404 for one of them.
    origin = http.createServer((req, res) => {
      served.push(`${req.url} ${req.headers['accept-encoding']}`);
      if (req.url === '/basemap/missing.json') {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader(
        'cache-control',
        req.url?.startsWith('/_next/') ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
      );
      res.setHeader('x-frame-options', 'DENY');
      res.end(TEXT);
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    originPort = (origin.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => origin.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it("lists the build's static text files under /_next/static and public/ at the root, nothing else", async () => {
    const assets = await listAssets({ distDir: path.join(root, 'build'), publicDir: path.join(root, 'public') });
    expect(assets.map((a) => a.urlPath).sort()).toEqual([
      '/_next/static/chunks/app.js',
      '/_next/static/chunks/style.css',
      '/basemap/countries-110m.json',
      '/basemap/missing.json',
    ]);
    expect(await listAssets({ distDir: path.join(root, 'nothing'), publicDir: path.join(root, 'nothing') })).toEqual(
      [],
    );
  });

  it('records each file from the running server uncompressed, and leaves to Next what it did not answer with 200', async () => {
    const held = new Map<string, HeldFile>();
    const report = await fillHeld({
      origin: { host: '127.0.0.1', port: originPort },
      distDir: path.join(root, 'build'),
      publicDir: path.join(root, 'public'),
      held,
    });
    expect(report.files).toBe(3);
    expect(report.skipped).toBe(1);
    expect([...held.keys()].sort()).toEqual([
      '/_next/static/chunks/app.js',
      '/_next/static/chunks/style.css',
      '/basemap/countries-110m.json',
    ]);
    expect(served.every((line) => line.endsWith(' identity'))).toBe(true);
    expect(Object.fromEntries(held.get('/basemap/countries-110m.json')?.headers ?? [])['cache-control']).toBe(
      'public, max-age=86400',
    );
    expect(Object.fromEntries(held.get('/_next/static/chunks/app.js')?.headers ?? [])['x-frame-options']).toBe('DENY');
  });
});
