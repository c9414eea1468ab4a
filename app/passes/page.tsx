import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PassesView } from '@/components/passes/passes-view';
import { SiteHeader } from '@/components/site/site-header';
import { getPageBootstrap } from '@/server/tle-source';
import { hasLocationParams, readTimeParams, type SearchParams } from '../search-params';
import styles from './page.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('passes.meta');
  return { title: t('title'), description: t('description') };
}

// The page reads only the clock parameters (?t=, ?speed=). A shared link's ?lat=&lon= is read by the browser,
// which computes the passes itself: the server never uses the observer's location.
export default async function PassesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { startMs, speed } = readTimeParams(params);
  const linkedLocation = hasLocationParams(params);
  const t = await getTranslations('passes');
  return (
    <div className={styles.page}>
      {/* No BasemapAfterPaint or BasemapPreload here: the map comes with the planner's passes, which the browser
          computes after hydration, and Leaflet's chunk or the basemap downloading before that would hold back the
          planner's first paint on a phone's link (Lighthouse's simulated LCP counts them). */}
      <SiteHeader current="passes" />
      <main className={styles.main}>
        <h1 className="visually-hidden">{t('heading')}</h1>
        {/* No Suspense boundary: the TLE source answers at once, and the planner in the first flush paints before
            the first scripts run. */}
        <PassesSection startMs={startMs} speed={speed} linkedLocation={linkedLocation} />
      </main>
    </div>
  );
}

async function PassesSection({
  startMs,
  speed,
  linkedLocation,
}: {
  startMs: number | null;
  speed: number;
  linkedLocation: boolean;
}) {
  const { initialTle, tile, renderedAtMs } = await getPageBootstrap();
  return (
    <PassesView
      initialTle={initialTle}
      startMs={startMs}
      speed={speed}
      tile={tile}
      renderedAtMs={renderedAtMs}
      linkedLocation={linkedLocation}
    />
  );
}
