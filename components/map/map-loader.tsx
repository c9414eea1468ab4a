'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { loadOrbitMap } from './load-orbit-map';
import styles from './orbit-map.module.css';
import type { OrbitMapProps } from './orbit-map';

export type { OrbitMapProps };
export type { ObserverSpot, TimeSpan } from './orbit-overlay';

function MapSkeleton() {
  const t = useTranslations('common.map');
  return (
    <div className={styles.skeleton} role="status" aria-live="polite">
      <span>{t('loading')}</span>
    </div>
  );
}

// Leaflet reads `window` when it loads, so the map is rendered in the browser only.
const OrbitMap = dynamic(loadOrbitMap, { ssr: false, loading: MapSkeleton });

/** The live map, loaded on the client. Give it a sized parent: it fills it. */
export function MapLoader(props: OrbitMapProps) {
  return <OrbitMap {...props} />;
}

export default MapLoader;
