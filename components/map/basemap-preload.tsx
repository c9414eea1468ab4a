import { preload } from 'react-dom';
import type { BasemapResolution } from '@/lib/geo/basemap';
import { basemapUrl } from './basemap-url';

/**
 * Server component: a `<link rel="preload">` for the basemap the page will fetch, so the download starts with
 * the HTML instead of after the map code has loaded. `as: 'fetch'` with CORS mode is what the later `fetch()`
 * (same origin, default mode) matches, so the browser uses the preloaded response instead of fetching twice.
 */
export function BasemapPreload({ resolution }: { resolution: BasemapResolution }) {
  preload(basemapUrl(resolution), { as: 'fetch', crossOrigin: 'anonymous' });
  return null;
}
