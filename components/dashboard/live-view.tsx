'use client';

import { useTranslations } from 'next-intl';
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
  /** When the server rendered the page: hydration shows that instant, then the clock moves on. */
  renderedAtMs: EpochMs;
  /** Server-rendered context panels, shown below the live ones. */
  children: React.ReactNode;
  /** The server's picture of the map, shown until the live map takes over (map-loader). */
  mapPicture?: React.ReactNode;
}

/** The live page's client code: clock, SWR'd TLE, satrec, then map and panels. Loaded by live-dashboard. */
export default function LiveView({
  initialTle,
  startMs,
  speed,
  orbitsAhead,
  tile,
  renderedAtMs,
  children,
  mapPicture,
}: LiveDashboardProps) {
  return (
    <ClockProvider startMs={startMs} speed={speed} renderedAtMs={renderedAtMs}>
      <LiveLayout initialTle={initialTle} orbitsAhead={orbitsAhead} tile={tile} mapPicture={mapPicture}>
        {children}
      </LiveLayout>
    </ClockProvider>
  );
}

function LiveLayout({
  initialTle,
  orbitsAhead,
  tile,
  children,
  mapPicture,
}: Pick<LiveDashboardProps, 'initialTle' | 'orbitsAhead' | 'tile' | 'children' | 'mapPicture'>) {
  const { tle, satrec, response, refreshError } = useTle(initialTle);
  const [follow, setFollow] = useState(true);
  const t = useTranslations('live');
  return (
    <>
      <TimeBanner />
      <div className={styles.layout}>
        <div className={styles.mapArea}>
          <MapLoader
            satrec={satrec}
            tle={tle}
            orbitsAhead={orbitsAhead}
            follow={follow}
            onFollowChange={setFollow}
            tile={tile}
            picture={mapPicture}
          />
        </div>
        <aside className={styles.side} aria-label={t('details')}>
          <TelemetryPanel satrec={satrec} tle={tle} />
          <NextVisiblePass satrec={satrec} tle={tle} />
          <TleBadge tle={tle} source={response.source} liveSource={response.liveSource} refreshError={refreshError} />
          {children}
        </aside>
      </div>
    </>
  );
}
