'use client';

import { useState } from 'react';
import { ClockProvider } from '@/components/clock/clock-context';
import { MapLoader } from '@/components/map/map-loader';
import { NextVisiblePass } from '@/components/passes/next-visible-pass';
import type { EpochMs } from '@/lib/units';
import { TelemetryPanel } from './telemetry-panel';
import { TimeBanner } from './time-banner';
import { TleBadge } from './tle-badge';
import type { TleReport } from './tle-response';
import { useTle } from './use-tle';
import styles from './live-dashboard.module.css';

export interface LiveDashboardProps {
  initialTle: TleReport;
  startMs: EpochMs | null;
  speed: number;
  orbitsAhead: number;
  tile: { url: string; attribution: string } | null;
  /** Server-rendered context panels, shown below the live ones. */
  children: React.ReactNode;
}

/** The client boundary of the live page: clock, SWR'd TLE, satrec, then map and panels. */
export function LiveDashboard({ initialTle, startMs, speed, orbitsAhead, tile, children }: LiveDashboardProps) {
  return (
    <ClockProvider startMs={startMs} speed={speed}>
      <LiveView initialTle={initialTle} orbitsAhead={orbitsAhead} tile={tile}>
        {children}
      </LiveView>
    </ClockProvider>
  );
}

function LiveView({ initialTle, orbitsAhead, tile, children }: Omit<LiveDashboardProps, 'startMs' | 'speed'>) {
  const { tle, satrec, response, refreshError } = useTle(initialTle);
  const [follow, setFollow] = useState(true);
  return (
    <>
      <TimeBanner />
      <div className={styles.layout}>
        <div className={styles.mapArea}>
          <MapLoader satrec={satrec} orbitsAhead={orbitsAhead} follow={follow} onFollowChange={setFollow} tile={tile} />
        </div>
        <aside className={styles.side} aria-label="Station details">
          <TelemetryPanel satrec={satrec} tle={tle} />
          <NextVisiblePass satrec={satrec} />
          <TleBadge tle={tle} source={response.source} refreshError={refreshError} />
          {children}
        </aside>
      </div>
    </>
  );
}
