'use client';

import { afterFirstPaint } from './after-first-paint';
import { BASEMAP_HINT } from './basemap-hint';
import { requestedBasemaps } from './basemap-requests';
import { preloadOrbitMap } from './load-orbit-map';

/**
 * Right after the first paint: the map's chunk (Leaflet) and the basemap file the page named (`BasemapPreload`)
 * start downloading together, while the framework hydrates, so the map does not wait for one download after the
 * other. The basemap goes through a `<link rel="preload" as="fetch">`, which the map's later `fetch()` (same
 * origin, CORS mode) matches, so it is downloaded once.
 */
function preloadMapAssets(): void {
  preloadOrbitMap();
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
afterFirstPaint(preloadMapAssets);

/** Render once, outside any Suspense boundary, on a page that shows the map. Renders nothing. */
export function MapChunkPreload() {
  return null;
}
