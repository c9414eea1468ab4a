'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { prepareLocalTimeFormat } from '@/lib/format/time';
import type { PassesViewProps } from './passes-live';

// As on the live page: the server's HTML is shown at once; the planner's code (SGP4, pass search, sky chart) is
// preloaded by the HTML. The map's chunk and basemap are requested when the planner shows the map, after its passes
// (app/passes/page.tsx says why).
const PassesLive = dynamic(() => import('./passes-live'), { loading: PlannerSkeleton });

// The planner formats times while it hydrates: load the locale data in a task of its own before that (the page's
// language is <html lang>, set by the root layout).
if (typeof window !== 'undefined') setTimeout(() => prepareLocalTimeFormat(document.documentElement.lang || 'en'), 0);

/** The client boundary of /passes. */
export function PassesView(props: PassesViewProps) {
  return <PassesLive {...props} />;
}

function PlannerSkeleton() {
  const t = useTranslations('passes');
  return <div aria-busy="true" aria-label={t('loading')} />;
}
