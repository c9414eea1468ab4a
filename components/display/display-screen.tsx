'use client';

import dynamic from 'next/dynamic';
import { prepareFormats } from '@/components/i18n/prepare-formats';
import type { DisplayScreenProps } from './display-view';

export type { DisplayScreenProps };

// As on the live page: the server renders the screen; the HTML preloads its code. No `loading`
// fallback: see components/dashboard/live-dashboard.tsx.
const DisplayLive = dynamic(() => import('./display-view'));

// The clocks and figures format times and numbers while they hydrate: build those formatters first (UTC and the
// device's zone; a venue's zone is built by its clock).
prepareFormats(['UTC', undefined]);

/** The client boundary of /display. */
export function DisplayScreen(props: DisplayScreenProps) {
  return <DisplayLive {...props} />;
}
