import type { BasemapResolution } from '@/lib/geo/basemap';
import { basemapUrl } from './basemap-url';
import { BASEMAP_HINT } from './basemap-hint';
import { DETAILED_BASEMAP_MEDIA } from './screen-basemap';

/**
 * Server component: names the basemap file the page's map will fetch, so that `BasemapAfterPaint` can start its
 * download right after the first paint (a `<link rel="preload">` added then), in parallel with the map's code
 * rather than after it. Not a preload in the HTML: that would share the phone's link with the page's CSS and
 * scripts before the first paint.
 *
 * With `detailedOnLargeScreens`, the page picks its file by screen (`screenBasemapResolution`): `resolution`
 * where DETAILED_BASEMAP_MEDIA matches, the 110m file elsewhere, so a phone downloads only the 110m file.
 */
export function BasemapPreload({
  resolution,
  detailedOnLargeScreens = false,
}: {
  resolution: BasemapResolution;
  detailedOnLargeScreens?: boolean;
}) {
  if (!detailedOnLargeScreens || resolution === '110m') {
    return <meta name={BASEMAP_HINT} content={basemapUrl(resolution)} />;
  }
  return (
    <>
      <meta name={BASEMAP_HINT} content={basemapUrl(resolution)} data-media={DETAILED_BASEMAP_MEDIA} />
      <meta name={BASEMAP_HINT} content={basemapUrl('110m')} data-media={`not all and ${DETAILED_BASEMAP_MEDIA}`} />
    </>
  );
}
