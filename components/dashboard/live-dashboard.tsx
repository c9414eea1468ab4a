'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import type { LiveDashboardProps } from './live-view';
import styles from './live-dashboard.module.css';

export type { LiveDashboardProps };

// The server renders the whole dashboard; its code (SGP4, SWR, panels, ~40 KB) is not needed to show that HTML,
// only to bring it to life, so it is not among the page's first-load scripts. next/dynamic renders it on the
// server and has the HTML preload its chunk (low priority); hydration of this part waits for it.
const LiveView = dynamic(() => import('./live-view'), { loading: LiveSkeleton });

/** The client boundary of the live page. Server HTML stays on screen until the live code has loaded. */
export function LiveDashboard(props: LiveDashboardProps) {
  return <LiveView {...props} />;
}

/** Only seen on a client-side navigation to the page, while the chunk loads. */
function LiveSkeleton() {
  const t = useTranslations('live');
  return (
    <div className={styles.layout} aria-busy="true" aria-label={t('loading')}>
      <div className={styles.mapArea} />
      <aside className={styles.side} />
    </div>
  );
}
