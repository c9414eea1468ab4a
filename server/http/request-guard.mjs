// @ts-check
/**
 * What the production server answers itself, before Next sees a request: methods Next cannot take, and clients
 * over the API's rate limit.
 *
 * Methods. Next's request object refuses some methods outright (TRACE answers 500 on every path) and its static
 * file handler fails on PUT, DELETE, PATCH, OPTIONS and PROPFIND (500). Pages and files are read-only: GET and HEAD
 * go on, OPTIONS answers 204 with Allow, and everything else 405 with Allow. API paths (/api/..., /v1/...,
 * /iss-now.json, /iss-pass.json) keep the methods their route handlers answer (405 in the API's shape, the CORS
 * preflight); anything beyond those gets 405 here.
 *
 * These answers carry a minimal set of security headers (nothing in them loads or runs) and, on API paths, the
 * CORS header, so a browser page sees the status.
 */

/** @typedef {{ status: number, headers: Array<[string, string]>, body: string }} GuardAnswer */

export const ALLOW = 'GET, HEAD, OPTIONS';

/** Methods the route handlers under app/ export (server/api/get-only.ts and compat-methods.ts). */
const ROUTE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);

const API_PATH = /^\/(?:api(?:\/|$)|v1(?:\/|$)|iss-now\.json$|iss-pass\.json$)/;

/** @param {string} pathname */
export const isApiPath = (pathname) => API_PATH.test(pathname);

/** The path of a request target, without its query (`/v1/satellites?x` -> `/v1/satellites`). */
export function pathOf(/** @type {string | undefined} */ url) {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return q === -1 ? raw : raw.slice(0, q);
}

/** @type {Array<[string, string]>} */
const BASE_HEADERS = [
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['cache-control', 'no-store'],
];

/** @type {Array<[string, string]>} */
const CORS = [
  ['access-control-allow-origin', '*'],
  ['access-control-expose-headers', 'ETag, Retry-After'],
];

/**
 * An error in the shape of the API the path belongs to: wheretheiss.at's under /v1, Open Notify's for its two
 * files, ours elsewhere (JSON for the API, plain text for pages and files).
 * @param {string} pathname
 * @param {number} status
 * @param {string} message
 * @param {Array<[string, string]>} [extra]
 * @returns {GuardAnswer}
 */
export function errorAnswer(pathname, status, message, extra = []) {
  if (!isApiPath(pathname)) {
    return {
      status,
      headers: [...BASE_HEADERS, ['content-type', 'text/plain; charset=utf-8'], ...extra],
      body: `${message}\n`,
    };
  }
  let body;
  if (pathname.startsWith('/v1')) body = { error: message, status };
  else if (pathname.startsWith('/iss-')) body = { message: 'failure', reason: message };
  else body = { error: { message } };
  return {
    status,
    headers: [...BASE_HEADERS, ...CORS, ['content-type', 'application/json; charset=utf-8'], ...extra],
    body: JSON.stringify(body),
  };
}

/**
 * The server's own answer to a method, or null to let the request go on.
 * @param {string} method
 * @param {string} pathname
 * @returns {GuardAnswer | null}
 */
export function methodAnswer(method, pathname) {
  if (method === 'GET' || method === 'HEAD') return null;
  const api = isApiPath(pathname);
  if (api && ROUTE_METHODS.has(method)) return null;
  if (method === 'OPTIONS') return { status: 204, headers: [...BASE_HEADERS, ['allow', ALLOW]], body: '' };
  return errorAnswer(pathname, 405, `${method} is not allowed here; use GET`, [['allow', ALLOW]]);
}

/**
 * Writes a guard answer.
 * @param {import('node:http').ServerResponse} res
 * @param {GuardAnswer} answer
 * @param {boolean} head no body (HEAD)
 */
export function sendAnswer(res, answer, head) {
  res.statusCode = answer.status;
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  if (answer.body !== '') res.setHeader('content-length', Buffer.byteLength(answer.body));
  res.end(head || answer.status === 204 ? undefined : answer.body);
}

/**
 * A path whose %-escapes do not decode (`/v1/coordinates/%zz`, a cut UTF-8 sequence): Next's router fails on it
 * with a bare 500 for dynamic routes, so it is answered 400 here, in the shape of the API the path belongs to.
 * @param {string} pathname
 * @returns {GuardAnswer | null}
 */
export function malformedPathAnswer(pathname) {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return errorAnswer(pathname, 400, 'malformed %-escape in the path');
  }
}
