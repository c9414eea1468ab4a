'use client';

import dynamic from 'next/dynamic';
import { preloadOrbitMap } from '@/components/map/load-orbit-map';
import { prepareLocalTimeFormat } from '@/lib/format/time';
import type { DisplayScreenProps } from './display-view';
import styles from './display.module.css';

export type { DisplayScreenProps };

// As on the live page: the server renders the screen, the HTML preloads its code (low priority) and the map's
// chunk is requested while the framework hydrates.
const DisplayLive = dynamic(() => import('./display-view'), { loading: DisplayFrame });

if (typeof window !== 'undefined') {
  preloadOrbitMap();
  setTimeout(prepareLocalTimeFormat, 0);
}

/** The client boundary of /display. */
export function DisplayScreen(props: DisplayScreenProps) {
  return <DisplayLive {...props} />;
}

/** Only seen on a client-side navigation to the page, while the chunk loads. */
function DisplayFrame() {
  return <div className={styles.root} aria-busy="true" />;
}
