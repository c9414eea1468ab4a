import { preload } from 'react-dom';
import type { BasemapResolution } from '@/lib/geo/basemap';
import { basemapUrl } from './basemap-url';
import { DETAILED_BASEMAP_MEDIA } from './screen-basemap';

/**
 * Server component: a `<link rel="preload">` for the basemap the page will fetch, so the download starts with
 * the HTML instead of after the map code has loaded. `as: 'fetch'` with CORS mode is what the later `fetch()`
 * (same origin, default mode) matches, so the browser uses the preloaded response instead of fetching twice.
 *
 * With `detailedOnLargeScreens`, the page picks its file by screen (`screenBasemapResolution`): two preloads,
 * each with the media query of the screens that fetch it, so a phone downloads only the 110m file.
 */
export function BasemapPreload({
  resolution,
  detailedOnLargeScreens = false,
}: {
  resolution: BasemapResolution;
  /** `resolution` only where DETAILED_BASEMAP_MEDIA matches, the 110m file elsewhere. */
  detailedOnLargeScreens?: boolean;
}) {
  if (!detailedOnLargeScreens || resolution === '110m') {
    preload(basemapUrl(resolution), { as: 'fetch', crossOrigin: 'anonymous' });
    return null;
  }
  preload(basemapUrl(resolution), { as: 'fetch', crossOrigin: 'anonymous', media: DETAILED_BASEMAP_MEDIA });
  preload(basemapUrl('110m'), {
    as: 'fetch',
    crossOrigin: 'anonymous',
    media: `not all and ${DETAILED_BASEMAP_MEDIA}`,
  });
  return null;
}
