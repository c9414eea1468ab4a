'use client';

import { ClockProvider } from '@/components/clock/clock-context';
import type { TleReport } from '@/components/dashboard/tle-response';
import type { EpochMs } from '@/lib/units';
import { PassPlanner } from './pass-planner';
import { RenderProfile } from './render-profile';

export interface PassesViewProps {
  initialTle: TleReport;
  startMs: EpochMs | null;
  speed: number;
  tile: { url: string; attribution: string } | null;
  /** When the server rendered the page: hydration shows that instant, then the clock moves on. */
  renderedAtMs: EpochMs;
  /** The address carries `?lat=&lon=` (the values are read in the browser). */
  linkedLocation: boolean;
}

/** The passes page's client code: the clock (live or `?t=`), then the planner. Loaded by passes-view. */
export default function PassesLive({
  initialTle,
  startMs,
  speed,
  tile,
  renderedAtMs,
  linkedLocation,
}: PassesViewProps) {
  return (
    <ClockProvider startMs={startMs} speed={speed} renderedAtMs={renderedAtMs}>
      <RenderProfile id="planner">
        <PassPlanner initialTle={initialTle} tile={tile} linkedLocation={linkedLocation} />
      </RenderProfile>
    </ClockProvider>
  );
}
