'use client';

import dynamic from 'next/dynamic';
import { prepareFormats } from '@/components/i18n/prepare-formats';
import type { LiveDashboardProps } from './live-view';

export type { LiveDashboardProps };

// The server renders the whole dashboard; its code (SGP4, SWR, panels, ~50 KB) is not needed to show that HTML,
// only to bring it to life, so it is not among the page's first-load scripts. next/dynamic renders it on the
// server, puts its CSS in the page's stylesheets and has the HTML preload its chunk (low priority); hydration of
// this part waits for it. (React.lazy would leave the CSS to arrive with the chunk: the server's HTML would show
// unstyled until then.) No `loading` fallback: with one, next/dynamic wraps the dashboard in a Suspense boundary
// that the server streams after the first paint, so the page's largest text would paint only after the first
// scripts.
const LiveView = dynamic(() => import('./live-view'));

// The telemetry and the next pass format numbers and the device's time while they hydrate: build those formatters
// first, each in a task of its own.
prepareFormats();

/** The client boundary of the live page. Server HTML stays on screen until the live code has loaded. */
export function LiveDashboard(props: LiveDashboardProps) {
  return <LiveView {...props} />;
}
