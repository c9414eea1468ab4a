/**
 * What the service worker (worker/sw.ts) does with each request, and the names of its caches, as pure functions so
 * they are tested without a browser. The worker answers only what is listed here; everything else (the rest of the
 * API, Next's data requests) goes to the network exactly as without a worker.
 */

/** Documents of one build live in a cache of their own, so a new worker never serves an old build's HTML. */
export const PAGES_CACHE_PREFIX = 'orbit-watch-pages-';
/** The last /api/tle answer (one entry), kept across builds: the elements do not depend on the code. */
export const TLE_CACHE = 'orbit-watch-tle';
/** Set by the worker on an answer it took from its cache because the network failed; its value is when it was stored. */
export const CACHED_COPY_HEADER = 'x-orbit-watch-cached-copy';
/** The pages a first visit makes available offline, besides the addresses the visitor actually opened. */
export const WARM_PATHS = ['/', '/passes', '/display'] as const;
/** Documents kept per build (addresses with different parameters count apart). */
export const MAX_PAGES = 24;
/**
 * How long a document request may take before the cached copy is used. Long enough that a busy server is not taken
 * for a dead one; a refused connection (server down) falls back at once.
 */
export const DOCUMENT_TIMEOUT_S = 10;

export function pagesCacheName(buildTag: string): string {
  return `${PAGES_CACHE_PREFIX}${buildTag}`;
}

/** Document caches of other builds: deleted when this build's worker takes over. */
export function stalePagesCaches(cacheNames: readonly string[], buildTag: string): string[] {
  const current = pagesCacheName(buildTag);
  return cacheNames.filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== current);
}

/** The one API answer the worker keeps: the orbital elements, network first, the copy only when the network fails. */
export function isTleRequest(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname === '/api/tle' && url.search === '';
}

/** A page's document (not Next's RSC data requests, which carry `_rsc` and fall back to a full navigation offline). */
export function isPageNavigation(mode: string, method: string, url: URL, origin: string): boolean {
  return mode === 'navigate' && method === 'GET' && url.origin === origin && !url.pathname.startsWith('/api/');
}

/**
 * The worker's copy of /api/tle carries this field (when it was stored), so a page reading the copy knows the server
 * did not answer: it keeps predicting from the elements and says it is offline.
 */
export const CACHED_COPY_FIELD = 'cachedCopyAt';

/** The body to store: the server's answer with the time it was stored; anything but an object is not stored. */
export function markTleCopy(body: unknown, storedAtIso: string): Record<string, unknown> | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  return { ...(body as Record<string, unknown>), [CACHED_COPY_FIELD]: storedAtIso };
}

/** When the worker stored this answer, or null for an answer straight from the server. */
export function cachedCopyAt(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const value = (body as Record<string, unknown>)[CACHED_COPY_FIELD];
  return typeof value === 'string' ? value : null;
}
