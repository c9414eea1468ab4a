'use client';

import dynamic from 'next/dynamic';
import { prepareLocalTimeFormat } from '@/lib/format/time';
import type { DisplayScreenProps } from './display-view';
import styles from './display.module.css';

export type { DisplayScreenProps };

// As on the live page: the server renders the screen and the HTML preloads its code (the map's chunk is requested
// by the page's MapChunkPreload).
const DisplayLive = dynamic(() => import('./display-view'), { loading: DisplayFrame });

// The clocks format times while they hydrate: load the locale data in a task of its own before that.
if (typeof window !== 'undefined') setTimeout(prepareLocalTimeFormat, 0);

/** The client boundary of /display. */
export function DisplayScreen(props: DisplayScreenProps) {
  return <DisplayLive {...props} />;
}

/** Only seen on a client-side navigation to the page, while the chunk loads. */
function DisplayFrame() {
  return <div className={styles.root} aria-busy="true" />;
}
