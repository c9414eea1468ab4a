import type { BasemapResolution } from '@/lib/geo/basemap';

/**
 * Viewports at least this wide get a page's detailed basemap (50m on /display); narrower ones (phones, small
 * tablets) the 110m file. On a 390-px-wide map the 50m coastline's extra detail is under a pixel, and it costs
 * 190 KiB more to download and ~4x the parsing and projection work, which a phone pays while the page hydrates.
 * The page's hint (`BasemapPreload` with `detailedOnLargeScreens`) carries the same media query, so it fetches one file.
 */
export const DETAILED_BASEMAP_MEDIA = '(min-width: 800px)';

/** The resolution for this screen: `detailed` where DETAILED_BASEMAP_MEDIA matches (and on the server), else 110m. */
export function screenBasemapResolution(detailed: BasemapResolution): BasemapResolution {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return detailed;
  return window.matchMedia(DETAILED_BASEMAP_MEDIA).matches ? detailed : '110m';
}
