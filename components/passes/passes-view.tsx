'use client';

import dynamic from 'next/dynamic';
import { prepareLocalTimeFormat } from '@/lib/format/time';
import type { PassesViewProps } from './passes-live';

// As on the live page: the server's HTML is shown at once; the planner's code (SGP4, pass search, sky chart) is
// preloaded by the HTML. The map's chunk and basemap are requested when the planner shows the map, after its passes
// (app/passes/page.tsx says why).
const PassesLive = dynamic(() => import('./passes-live'), { loading: PlannerSkeleton });

// The planner formats times while it hydrates: load the locale data in a task of its own before that.
if (typeof window !== 'undefined') setTimeout(prepareLocalTimeFormat, 0);

/** The client boundary of /passes. */
export function PassesView(props: PassesViewProps) {
  return <PassesLive {...props} />;
}

function PlannerSkeleton() {
  return <div aria-busy="true" aria-label="Loading the pass planner" />;
}
