import 'server-only';
import { createHash } from 'node:crypto';
import type { ParameterErrorBody } from '@/server/api/query';
import { apiWordsFor, EN_WORDS, type ApiWords } from '@/server/api/api-words';
import { headersFor } from '@/server/security/headers';

/** TLEs change a few times a day at most; a short max-age keeps a CDN or browser from asking every second. */
export const TLE_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';
/**
 * Passes from an explicit `from` depend only on the TLE, which may change within hours. (Position answers are never
 * cached, even at an explicit instant: clients of the position APIs poll, and a cached position is a wrong one.)
 */
export const POSITION_AT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
export const NO_STORE = 'no-store';

/** What every route under app/api/ answers to: GET (and HEAD, which Next answers with GET) and OPTIONS. */
export const ALLOW = 'GET, HEAD, OPTIONS';

let securityEntries: { from: Readonly<Record<string, string>>; entries: ReadonlyArray<[string, string]> } | null = null;

/**
 * The nonce-less security headers (CSP, nosniff, Referrer-, Permissions- and Cross-Origin-Opener-Policy,
 * X-Frame-Options when framing is refused). proxy.ts does not run for /api/ (its matcher leaves it out, for
 * throughput), so every API answer gets them here: this is the one place route handlers build responses.
 */
function securityHeaderEntries(): ReadonlyArray<[string, string]> {
  const headers = headersFor(null); // built once per process (per configuration) and frozen
  if (securityEntries?.from !== headers) securityEntries = { from: headers, entries: Object.entries(headers) };
  return securityEntries.entries;
}

/**
 * Every API answer may be read by a page on any origin (the API is public and keeps no session): `*`, never
 * with credentials, so no cookie or authorisation can ride along. The answer does not depend on Origin, so no
 * `Vary: Origin`. Scripts may also read the validator and the rate limiter's wait.
 */
export const CORS_HEADERS: ReadonlyArray<[string, string]> = [
  ['access-control-allow-origin', '*'],
  ['access-control-expose-headers', 'ETag, Retry-After'],
];

/** A response from the API: the security headers, the CORS headers, then the route's own. */
export function apiResponse(body: string | null, status: number, own: ReadonlyArray<[string, string]>): Response {
  return new Response(body, { status, headers: [...securityHeaderEntries(), ...CORS_HEADERS, ...own] });
}

/** A strong validator of a body: the same bytes always give the same tag, on every worker and host. */
export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/**
 * A cacheable answer with an ETag: `304 Not Modified` (no body) when the client already holds these bytes.
 * For the elements and other answers that change rarely; never for a position of "now".
 */
export function validatedResponse(
  request: Request,
  body: string,
  contentType: string,
  cacheControl: string,
  /** What the tag is made from when the body also carries the time of the answer: a weak tag of the content. */
  weakFrom?: string,
): Response {
  const etag = weakFrom === undefined ? etagOf(body) : `W/${etagOf(weakFrom)}`;
  const own: Array<[string, string]> = [
    ['cache-control', cacheControl],
    ['etag', etag],
  ];
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return apiResponse(null, 304, own);
  return apiResponse(body, 200, [['content-type', contentType], ...own]);
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON body (already serialised, or serialised here). */
export function jsonResponse(body: unknown, cacheControl: string, status = 200): Response {
  return jsonTextResponse(JSON.stringify(body), cacheControl, status);
}

export function jsonTextResponse(json: string, cacheControl: string, status = 200): Response {
  return apiResponse(json, status, [
    ['content-type', 'application/json; charset=utf-8'],
    ['cache-control', cacheControl],
  ]);
}

/** An iCalendar body (RFC 5545), shown inline so a calendar app subscribes rather than a browser saving a file. */
export function calendarResponse(ics: string, cacheControl: string): Response {
  return apiResponse(ics, 200, [
    ['content-type', 'text/calendar; charset=utf-8'],
    ['content-disposition', 'inline; filename="iss-passes.ics"'],
    ['cache-control', cacheControl],
  ]);
}

export const badRequest = (body: ParameterErrorBody): Response => jsonResponse(body, NO_STORE, 400);

/** The body of the API's 404, 405 and 500 answers (a 400 also names the parameter: ParameterErrorBody). */
export interface ApiErrorBody {
  error: { message: string };
}

const errorResponse = (message: string, status: number, extra: ReadonlyArray<[string, string]> = []): Response =>
  apiResponse(JSON.stringify({ error: { message } } satisfies ApiErrorBody), status, [
    ['content-type', 'application/json; charset=utf-8'],
    ['cache-control', NO_STORE],
    ...extra,
  ]);

/** The message in the language of the request's `lang` (English by default); the status says what happened. */
export const notFound = (pathname: string, words: ApiWords = EN_WORDS): Response =>
  errorResponse(words.error('notFound', { path: pathname }), 404);

export const methodNotAllowed = (method: string, words: ApiWords = EN_WORDS): Response =>
  errorResponse(words.error('methodNotAllowed', { method }), 405, [['allow', ALLOW]]);

/** A handler that threw: logged, and answered as JSON with the headers (Next's own 500 would carry none). */
export function internalError(request: Request, error: unknown): Response {
  console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
  return errorResponse(apiWordsFor(request).error('internal'), 500);
}

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * A GET handler whose exceptions become a 500 answer with the security headers. Sync handlers stay sync, so a
 * caller (and a test) gets a Response, not a Promise, from them.
 */
export function guarded(handler: (request: Request) => Response): (request: Request) => Response;
export function guarded(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response>;
export function guarded(handler: Handler): Handler {
  return (request) => {
    try {
      const response = handler(request);
      return response instanceof Promise ? response.catch((error: unknown) => internalError(request, error)) : response;
    } catch (error) {
      return internalError(request, error);
    }
  };
}
