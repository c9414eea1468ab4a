/**
 * The service worker: bundled by scripts/build-service-worker.mjs after `next build` (Turbopack has no Serwist
 * plugin) into public/sw.js, with this build's precache list and tag. What it answers and why:
 *  - the build's scripts, styles and media, the basemap and the icons: precached, served from the cache (their
 *    names carry a hash or a revision, so a cached copy is never stale);
 *  - documents: network first; the copy kept for this build only when the network fails or takes 10 s, so a page
 *    opens offline, and a new build never gets an old build's HTML (old HTML would ask for chunks that are gone);
 *  - GET /api/tle: network first; the last answer only when the network fails, marked with a header so the page says
 *    it is offline;
 *  - everything else (the rest of the API, Next's data requests): not touched, straight to the network.
 */
import { ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import {
  CACHED_COPY_HEADER,
  markTleCopy,
  DOCUMENT_TIMEOUT_S,
  MAX_PAGES,
  TLE_CACHE,
  WARM_PATHS,
  isPageNavigation,
  isTleRequest,
  pagesCacheName,
  stalePagesCaches,
} from '../app-logic/offline/service-worker-policy';

/** Replaced at bundle time. */
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];
declare const __BUILD_TAG__: string;

// The DOM lib has no service worker types and mixing in the webworker lib changes globals for the whole project: the
// few members used here, typed by hand.
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<ReadonlyArray<{ url: string }>>;
  };
  location: Location;
}
declare const self: WorkerScope;

const origin = self.location.origin;
const pagesCache = pagesCacheName(__BUILD_TAG__);

/** Stores a copy marked with when it was stored; the page receives the network's answer itself, unmarked. */
async function markedCopy(response: Response): Promise<Response | null> {
  if (!response.ok) return null;
  const headers = new Headers(response.headers);
  headers.set(CACHED_COPY_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}
const markCopies: SerwistPlugin = { cacheWillUpdate: ({ response }) => markedCopy(response) };

/** The elements' copy is marked inside the JSON too, where the page's data layer can see it. */
const markTleCopies: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (!response.ok) return null;
    const stored = markTleCopy(
      await response
        .clone()
        .json()
        .catch(() => null),
      new Date().toISOString(),
    );
    if (stored === null) return null;
    const headers = new Headers(response.headers);
    headers.set(CACHED_COPY_HEADER, String(stored.cachedCopyAt));
    headers.delete('content-length');
    return new Response(JSON.stringify(stored), { status: response.status, statusText: response.statusText, headers });
  },
};

const serwist = new Serwist({
  precacheEntries: __PRECACHE_MANIFEST__,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new build takes over at once (a screen never closes its tab, so waiting would mean never). It does not claim
  // pages it did not serve and never reloads one: the page reloads for a new build by itself (/api/version).
  skipWaiting: true,
  clientsClaim: false,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url }) => isPageNavigation(request.mode, request.method, url, origin),
      handler: new NetworkFirst({
        cacheName: pagesCache,
        networkTimeoutSeconds: DOCUMENT_TIMEOUT_S,
        matchOptions: { ignoreVary: true },
        plugins: [markCopies, new ExpirationPlugin({ maxEntries: MAX_PAGES })],
      }),
    },
    {
      matcher: ({ request, url }) => request.method === 'GET' && isTleRequest(url, origin),
      handler: new NetworkFirst({
        cacheName: TLE_CACHE,
        plugins: [markTleCopies, new ExpirationPlugin({ maxEntries: 1 })],
      }),
    },
  ],
});
serwist.addEventListeners();

/**
 * Fills this build's document cache before it takes over: the main pages, the addresses open right now (a display's
 * URL carries its venue), and every address the previous build had kept. A page that fails to load is skipped.
 */
async function warmPages(): Promise<void> {
  const urls = new Set<string>(WARM_PATHS.map((path) => new URL(path, origin).href));
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const url = new URL(client.url);
    if (isPageNavigation('navigate', 'GET', url, origin)) urls.add(url.href);
  }
  for (const name of stalePagesCaches(await caches.keys(), __BUILD_TAG__)) {
    for (const request of await (await caches.open(name)).keys()) urls.add(request.url);
  }
  const cache = await caches.open(pagesCache);
  await Promise.all(
    [...urls].slice(0, MAX_PAGES).map(async (url) => {
      try {
        const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
        const stored = await markedCopy(response);
        if (stored) await cache.put(url, stored);
      } catch {
        // Offline during an update cannot happen (the browser just fetched this worker); a page that fails is skipped.
      }
    }),
  );
}

self.addEventListener('install', (event) => event.waitUntil(warmPages()));
self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      for (const name of stalePagesCaches(await caches.keys(), __BUILD_TAG__)) await caches.delete(name);
    })(),
  ),
);
