import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PassesView } from '@/components/passes/passes-view';
import { SiteHeader } from '@/components/site/site-header';
import { getPageBootstrap } from '@/server/tle-source';
import { readTimeParams, type SearchParams } from '../search-params';
import styles from './page.module.css';

export const metadata: Metadata = {
  title: 'ISS passes over your location · Orbit Watch',
  description: 'When and where to see the International Space Station: visible passes, sky charts, calendar export. Computed in your browser.',
};

// The page reads only the clock parameters (?t=, ?speed=). A shared link's ?lat=&lon= is read by the browser,
// which computes the passes itself: the server never uses the observer's location.
export default async function PassesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { startMs, speed } = readTimeParams(await searchParams);
  return (
    <div className={styles.page}>
      <SiteHeader current="passes" />
      <main className={styles.main}>
        <h1 className="visually-hidden">ISS passes over your location</h1>
        <Suspense fallback={<PassesSkeleton />}>
          <PassesSection startMs={startMs} speed={speed} />
        </Suspense>
      </main>
    </div>
  );
}

async function PassesSection({ startMs, speed }: { startMs: number | null; speed: number }) {
  const { initialTle, tile } = await getPageBootstrap();
  return <PassesView initialTle={initialTle} startMs={startMs} speed={speed} tile={tile} />;
}

function PassesSkeleton() {
  return (
    <div className={styles.skeleton} aria-busy="true" aria-label="Loading the pass planner">
      <div className={styles.skeletonPanel} />
      <div className={styles.skeletonPanel} />
    </div>
  );
}
