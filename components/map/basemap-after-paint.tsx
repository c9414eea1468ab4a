'use client';

import { afterFirstPaint } from './after-first-paint';
import { BASEMAP_HINT } from './basemap-hint';
import { requestedBasemaps } from './basemap-requests';

/**
 * Right after the first paint, the basemap file the page named (`BasemapPreload`) starts downloading: the telemetry
 * names the country under the station from it, and the live map draws it once it takes over from the server's
 * picture. It goes through a `<link rel="preload" as="fetch">`, which the later `fetch()` (same origin, CORS mode)
 * matches, so it is downloaded once. Leaflet's own chunk is not fetched here: it loads when the map takes over
 * (take-over.ts).
 */
function preloadBasemap(): void {
  for (const hint of document.querySelectorAll<HTMLMetaElement>(`meta[name="${BASEMAP_HINT}"]`)) {
    const media = hint.dataset.media;
    if (media && !window.matchMedia(media).matches) continue;
    if (requestedBasemaps.has(hint.content)) continue;
    requestedBasemaps.add(hint.content);
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = hint.content;
    document.head.append(link);
  }
}

// Evaluated with the page's first scripts; waits for the first paint.
afterFirstPaint(preloadBasemap);

/** Render once, outside any Suspense boundary, on a page that shows the map. Renders nothing. */
export function BasemapAfterPaint() {
  return null;
}
