'use client';

import { ClockProvider } from '@/components/clock/clock-context';
import type { TleReport } from '@/components/dashboard/tle-response';
import type { EpochMs } from '@/lib/units';
import { PassPlanner } from './pass-planner';

interface PassesViewProps {
  initialTle: TleReport;
  startMs: EpochMs | null;
  speed: number;
  tile: { url: string; attribution: string } | null;
}

/** The client boundary of /passes: the clock (live or `?t=`), then the planner. */
export function PassesView({ initialTle, startMs, speed, tile }: PassesViewProps) {
  return (
    <ClockProvider startMs={startMs} speed={speed}>
      <PassPlanner initialTle={initialTle} tile={tile} />
    </ClockProvider>
  );
}
