import { useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { LiveDashboard } from '@/components/dashboard/live-dashboard';
import { BasemapPreload } from '@/components/map/basemap-preload';
import { MapChunkPreload } from '@/components/map/map-chunk-preload';
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
      <MapChunkPreload />
      <SiteHeader current="live" />
      <Suspense fallback={<DashboardSkeleton />}>
        <LiveSection startMs={startMs} speed={speed} orbitsAhead={readOrbitsParam(params)} />
      </Suspense>
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

function DashboardSkeleton() {
  const t = useTranslations('live');
  return (
    <div className={styles.skeleton} aria-busy="true" aria-label={t('loading')}>
      <div className={styles.skeletonMap} />
      <div className={styles.skeletonSide}>
        <div className={styles.skeletonPanel} />
        <div className={styles.skeletonPanel} />
      </div>
    </div>
  );
}
