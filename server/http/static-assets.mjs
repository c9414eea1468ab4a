// @ts-check
/**
 * Compressed copies of the build's static files, kept in memory and sent without going through Next.
 *
 * Why: `next start` compresses every static file again on each request, on the thread that also renders pages.
 * A cold visit to /display asks for about twenty files and a 739 KiB basemap at once; the server spent 60-90 ms
 * of CPU gzipping them (66 ms for the 50m basemap alone) and answered them one after another, so the page's last
 * framework script arrived hundreds of milliseconds after navigation. Here each file is compressed once, after
 * the worker starts, and answered from memory. Compression runs on the main thread, one file and one encoding at
 * a time with requests served in between (at most ~70 ms at once, the gazetteer's brotli): done in libuv's thread
 * pool it left ~25 MiB more RSS per worker (glibc keeps the freed memory in per-thread malloc arenas: 209 MiB
 * against 173-181 MiB after the same requests), and the budget is 250 MiB per process.
 *
 * What a response carries is what Next sends for that file: its headers are recorded from one request to the
 * running server (security headers from proxy.ts, Cache-Control from next.config.ts, Content-Type, ETag,
 * Last-Modified), so this layer can never drift from Next's own rules. Only the body and its encoding differ.
 * Anything this layer does not hold, or would answer differently (identity encoding, ranges, other methods), goes
 * to Next unchanged.
 */
import { readdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

/** Text formats worth compressing; fonts and images are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|json|svg|txt|map)$/i;
/** Larger files stay with Next: memory per worker is bounded. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/**
 * Brotli at quality 5: 32 ms for the 50m basemap against 2.1 s at quality 11, for 16 % more bytes (232 vs
 * 205 KiB). Every worker compresses at start, so the cheap level wins; a CDN in front can do quality 11 once for
 * everybody (README, Scaling).
 */
export const BROTLI_QUALITY = 5;
/** Gzip at Node's default level, as Next sends: level 9 saves under 2 % and takes 3x as long (218 ms, 50m). */
export const GZIP_LEVEL = 6;

/** Lets the event loop answer waiting requests between two pieces of compression. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));
/** Headers that describe one transfer, not the file: set per response here, or by Node. */
const PER_TRANSFER = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
  'accept-ranges',
]);

/**
 * The encoding to send for an Accept-Encoding header: 'br' or 'gzip' when acceptable (the higher q wins, brotli
 * on a tie), null for identity. Follows RFC 9110 12.5.3: q=0 refuses, `*` stands for any coding not named.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | null}
 */
export function pickEncoding(header) {
  if (header === undefined || header.trim() === '') return null;
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of header.split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    let weight = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*(.*?)\s*$/i.exec(param);
      // A weight that cannot be read refuses the coding rather than guessing.
      if (match) weight = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(match[1] ?? '') ? Number(match[1]) : 0;
    }
    q.set(name, Math.max(q.get(name) ?? 0, weight));
  }
  const star = q.get('*');
  const weightOf = (/** @type {string} */ name) =>
    q.get(name) ?? (name === 'gzip' ? q.get('x-gzip') : undefined) ?? star ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/**
 * Whether a conditional GET may be answered 304 Not Modified (RFC 9110 13.1.2 and 13.1.3: If-None-Match wins
 * over If-Modified-Since; entity tags compare weakly).
 * @param {http.IncomingHttpHeaders} request
 * @param {{ etag?: string, lastModified?: string }} file
 */
export function isNotModified(request, file) {
  const ifNoneMatch = request['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (file.etag === undefined) return false;
    const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(file.etag ?? ''));
  }
  const ifModifiedSince = request['if-modified-since'];
  if (ifModifiedSince === undefined || file.lastModified === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(file.lastModified);
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}

/**
 * The files this layer may hold, with the URL path Next serves each at: the build's `static/` folder under
 * `/_next/static/`, and `public/` at the root.
 * @param {{ distDir: string, publicDir: string }} dirs absolute paths
 * @returns {Promise<Array<{ urlPath: string, file: string }>>}
 */
export async function listAssets({ distDir, publicDir }) {
  /** @type {Array<{ urlPath: string, file: string }>} */
  const found = [];
  const walk = async (/** @type {string} */ dir, /** @type {string} */ urlPrefix) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // no public/ folder, or no build: nothing to hold
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      const urlPath = `${urlPrefix}/${encodeURIComponent(entry.name)}`;
      if (entry.isDirectory()) await walk(file, urlPath);
      else if (entry.isFile() && COMPRESSIBLE.test(entry.name) && (await stat(file)).size <= MAX_FILE_BYTES)
        found.push({ urlPath, file });
    }
  };
  await walk(path.join(distDir, 'static'), '/_next/static');
  await walk(publicDir, '');
  return found;
}

/**
 * @typedef {object} RawAnswer
 * @property {number} status
 * @property {http.IncomingHttpHeaders} headers
 * @property {Buffer} body the bytes as sent: never decompressed
 */

/**
 * One HTTP request, answered with its status, headers and body exactly as sent (no automatic decompression, unlike
 * `fetch`), within `timeoutMs`. Also the tests' way to see what the server puts on the wire.
 * @param {http.RequestOptions} options
 * @param {number} [timeoutMs]
 * @returns {Promise<RawAnswer>}
 */
export function rawRequest(options, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const request = http.request({ agent: false, ...options }, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(timeoutMs, () =>
      request.destroy(new Error(`no answer for ${options.path} within ${timeoutMs} ms`)),
    );
    request.end();
  });
}

/**
 * @typedef {object} HeldFile
 * @property {Array<[string, string | string[]]>} headers Next's headers for the file, without per-transfer ones
 * @property {string | undefined} etag
 * @property {string | undefined} lastModified
 * @property {{ br?: Buffer, gzip?: Buffer }} bodies only encodings that came out smaller than the file
 */

/**
 * Compresses one file's body and keeps the headers Next sent with it.
 * @param {RawAnswer} answer
 * @returns {Promise<HeldFile | null>} null when Next did not answer 200 with the whole, uncompressed file
 */
export async function holdFile(answer) {
  const { status, headers, body } = answer;
  if (status !== 200 || (headers['content-encoding'] ?? 'identity') !== 'identity') return null;
  await breathe();
  const br = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  await breathe();
  const gz = zlib.gzipSync(body, { level: GZIP_LEVEL });
  /** @type {HeldFile['bodies']} */
  const bodies = {};
  if (br.length < body.length) bodies.br = br;
  if (gz.length < body.length) bodies.gzip = gz;
  /** @type {Array<[string, string | string[]]>} */
  const kept = [];
  let vary = false;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_TRANSFER.has(name)) continue;
    if (name === 'vary') vary = true;
    kept.push([name, value]);
  }
  if (!vary) kept.push(['vary', 'Accept-Encoding']);
  const etag = typeof headers.etag === 'string' ? headers.etag : undefined;
  const lastModified = typeof headers['last-modified'] === 'string' ? headers['last-modified'] : undefined;
  return { headers: kept, etag, lastModified, bodies };
}

/**
 * Answers a request from a held file when it can; returns false (nothing written) to let Next answer.
 * @param {Map<string, HeldFile>} held
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
export function answerFromHeld(held, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.range !== undefined) return false;
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const file = held.get(query === -1 ? url : url.slice(0, query));
  if (file === undefined) return false;
  const encoding = pickEncoding(req.headers['accept-encoding']);
  const body = encoding === null ? undefined : file.bodies[encoding];
  if (body === undefined) return false;
  for (const [name, value] of file.headers) res.setHeader(name, value);
  if (isNotModified(req.headers, file)) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = 200;
  res.setHeader('content-encoding', encoding ?? 'identity');
  res.setHeader('content-length', body.length);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
  return true;
}

/**
 * Fills `held` from the running server, one file at a time (startup should not crowd out the first visitors).
 * A file is answered from memory as soon as it is held; until then Next answers it.
 * @param {{ origin: { host: string, port: number }, distDir: string, publicDir: string, held: Map<string, HeldFile> }} options
 * @returns {Promise<{ files: number, bytes: number, skipped: number }>}
 */
export async function fillHeld({ origin, distDir, publicDir, held }) {
  let bytes = 0;
  let skipped = 0;
  for (const { urlPath } of await listAssets({ distDir, publicDir })) {
    try {
      const answer = await rawRequest({
        host: origin.host,
        port: origin.port,
        path: urlPath,
        headers: { 'accept-encoding': 'identity' },
      });
      const file = await holdFile(answer);
      if (file === null) {
        skipped += 1;
        continue;
      }
      held.set(urlPath, file);
      bytes += (file.bodies.br?.length ?? 0) + (file.bodies.gzip?.length ?? 0);
    } catch {
      skipped += 1; // Next keeps answering this one itself
    }
  }
  return { files: held.size, bytes, skipped };
}
