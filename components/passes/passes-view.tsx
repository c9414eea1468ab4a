'use client';

import dynamic from 'next/dynamic';
import { prepareFormats } from '@/components/i18n/prepare-formats';
import type { PassesViewProps } from './passes-live';

// As on the live page: the server's HTML is shown at once; the planner's code (SGP4, pass search, sky chart) is
// preloaded by the HTML. The map's chunk and basemap are requested when the planner shows the map, after its passes
// (app/passes/page.tsx says why). No `loading` fallback: see
// components/dashboard/live-dashboard.tsx.
const PassesLive = dynamic(() => import('./passes-live'));

// The planner formats times and numbers while it hydrates: build those formatters first.
prepareFormats();

/** The client boundary of /passes. */
export function PassesView(props: PassesViewProps) {
  return <PassesLive {...props} />;
}
