'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/dashboard/use-hydrated';
import { loadOrbitMap } from './load-orbit-map';
import { onFirstInputOrSettled } from './take-over';
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

// Leaflet reads `window` when it loads, so the map is rendered in the browser only: never on the server (`live`
// starts false), and its chunk is requested only when it is about to show (next/dynamic would also have the HTML
// preload its stylesheet).
const OrbitMap = lazy(loadOrbitMap);

export interface MapLoaderProps extends Omit<OrbitMapProps, 'onReady'> {
  /**
   * The server's picture of the map (map-picture.tsx), shown until the live map has drawn its basemap. With one,
   * Leaflet loads at the first input or once the page has settled; without, at once.
   */
  picture?: React.ReactNode;
}

/** The live map, loaded on the client. Give it a sized parent: it fills it. */
export function MapLoader({ picture, ...props }: MapLoaderProps) {
  const [takenOver, setTakenOver] = useState(false);
  const hasPicture = picture !== undefined && picture !== null;
  // Without a picture the map starts at once, but only in the browser (after hydration).
  const hydrated = useHydrated();
  const live = takenOver || (!hasPicture && hydrated);
  const [ready, setReady] = useState(false);
  const stack = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // A picture drawn in the browser, or brought by a client-side navigation, has no nonced style (a new nonce the
    // page's CSP does not know): place it from its data attribute through the CSSOM, which the CSP does not govern.
    const el = stack.current?.querySelector<HTMLElement>('[data-ow-picture]');
    for (const declaration of el?.dataset.vars?.split(';') ?? []) {
      const [name, value] = declaration.split(':');
      if (name && value) el?.style.setProperty(name, value);
    }
  }, [picture]);
  useEffect(() => (hasPicture ? onFirstInputOrSettled(() => setTakenOver(true)) : undefined), [hasPicture]);
  return (
    <div ref={stack} className={styles.stack} data-map-live={live && ready ? 'true' : 'false'}>
      {live ? (
        <Suspense fallback={hasPicture ? null : <MapSkeleton />}>
          <OrbitMap {...props} onReady={() => setReady(true)} />
        </Suspense>
      ) : hasPicture ? null : (
        <MapSkeleton />
      )}
      {hasPicture && !ready ? picture : null}
    </div>
  );
}

export default MapLoader;
