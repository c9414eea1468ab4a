'use client';

import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';

/** What the opt-in profile counts per region: React commits that rendered inside it, and their render time. */
export interface RegionRenders {
  commits: number;
  actualMs: number;
}

declare global {
  interface Window {
    __orbitWatchRenders?: Record<string, RegionRenders>;
  }
}

// Inlined at build time: without the flag every <RenderProfile> is its children and the rest is dead code.
const ENABLED = process.env.NEXT_PUBLIC_PROFILE_RENDERS === '1';

const record: ProfilerOnRenderCallback = (id, _phase, actualDuration) => {
  const all = (window.__orbitWatchRenders ??= {});
  const region = (all[id] ??= { commits: 0, actualMs: 0 });
  region.commits += 1;
  region.actualMs += actualDuration;
};

/**
 * Opt-in count of the React commits that render a region of the planner, to measure what the 1 Hz tick costs
 * (issue "structure": only the leaves that show time may re-render per second). Build with
 * `NEXT_PUBLIC_PROFILE_RENDERS=1 next build --profile` (the profiling React calls Profilers in production; a dev
 * server does too) and read `window.__orbitWatchRenders` in the page. Zero cost otherwise.
 */
export function RenderProfile({ id, children }: { id: string; children: ReactNode }) {
  if (!ENABLED) return children;
  return (
    <Profiler id={id} onRender={record}>
      {children}
    </Profiler>
  );
}
