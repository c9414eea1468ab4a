import { LiveDashboard } from '@/components/dashboard/live-dashboard';
import { BasemapPreload } from '@/components/map/basemap-preload';
import { BasemapAfterPaint } from '@/components/map/basemap-after-paint';
import { ServerMapPicture } from '@/components/map/server-map-picture';
import { ContextPanels } from '@/components/panels/context-panels';
import { SiteHeader } from '@/components/site/site-header';
import { getPageBootstrap } from '@/server/tle-source';
import { readOrbitsParam, readTimeParams, type SearchParams } from './search-params';
import styles from './page.module.css';

export default async function LivePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { startMs, speed } = readTimeParams(params);
  return (
    <div className={styles.page}>
      {/* The "over <country>" label needs it even when raster tiles draw the map. */}
      <BasemapPreload resolution="110m" />
      <BasemapAfterPaint />
      <SiteHeader current="live" />
      {/* No Suspense boundary: the TLE source answers at once (it never waits for upstream), and the dashboard in
          the first flush paints with the header, where a streamed boundary paints after the first scripts. */}
      <LiveSection startMs={startMs} speed={speed} orbitsAhead={readOrbitsParam(params)} />
    </div>
  );
}

/** TLE source -> initial SWR data; the browser then refreshes through /api/tle. */
async function LiveSection({
  startMs,
  speed,
  orbitsAhead,
}: {
  startMs: number | null;
  speed: number;
  orbitsAhead: number;
}) {
  const { initialTle, tile, renderedAtMs } = await getPageBootstrap();
  return (
    <LiveDashboard
      mapPicture={<ServerMapPicture report={initialTle} atMs={startMs ?? renderedAtMs} options={{ orbitsAhead }} />}
      initialTle={initialTle}
      startMs={startMs}
      speed={speed}
      orbitsAhead={orbitsAhead}
      tile={tile}
      renderedAtMs={renderedAtMs}
    >
      <ContextPanels atMs={startMs ?? renderedAtMs} />
    </LiveDashboard>
  );
}
