'use client';

import { preloadOrbitMap } from './load-orbit-map';

// Evaluated with the page's first scripts, before React reaches the streamed part of the page that holds the map:
// the map's chunk then downloads while the framework hydrates instead of after.
preloadOrbitMap();

/** Render once, outside any Suspense boundary, on a page that shows the map. Renders nothing. */
export function MapChunkPreload() {
  return null;
}
