'use client';

import dynamic from 'next/dynamic';
import { preloadOrbitMap } from '@/components/map/load-orbit-map';
import { prepareLocalTimeFormat } from '@/lib/format/time';
import type { PassesViewProps } from './passes-live';

// As on the live page: the server's HTML is shown at once; the planner's code (SGP4, pass search, sky chart) is
// preloaded by the HTML and the map's requested while the framework hydrates.
const PassesLive = dynamic(() => import('./passes-live'), { loading: PlannerSkeleton });

if (typeof window !== 'undefined') {
  preloadOrbitMap();
  setTimeout(prepareLocalTimeFormat, 0);
}

/** The client boundary of /passes. */
export function PassesView(props: PassesViewProps) {
  return <PassesLive {...props} />;
}

function PlannerSkeleton() {
  return <div aria-busy="true" aria-label="Loading the pass planner" />;
}
