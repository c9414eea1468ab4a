'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { ClockProvider, useTickSource } from '@/components/clock/clock-context';
import type { TleReport } from '@/components/dashboard/tle-response';
import { MapLoader } from '@/components/map/map-loader';
import { screenBasemapResolution } from '@/components/map/screen-basemap';
import type { DisplayConfig, DisplayNotice } from '@/app-logic/display/config';
import type { EpochMs } from '@/lib/units';
import { ConfigNotice } from './config-notice';
import { DisplayClocks } from './display-clocks';
import { DisplayNextPass } from './display-next-pass';
import { DisplayStatus } from './display-status';
import { DisplayTelemetry } from './display-telemetry';
import { PanelRotator } from './panel-rotator';
import { useBuildWatch } from './use-build-watch';
import { useBurnIn } from './use-burn-in';
import { useConnection } from './use-connection';
import { useDisplayResilience } from './use-display-resilience';
import { useDisplayTle } from './use-display-tle';
import { useWakeLock } from './use-wake-lock';
import styles from './display.module.css';

export interface DisplayScreenProps {
  config: DisplayConfig;
  notices: DisplayNotice[];
  initialTle: TleReport;
  /** The build this page came from, to notice a deployment. */
  buildId: string;
  tile: { url: string; attribution: string } | null;
  /** When the server rendered the page: hydration shows that instant, then the clock moves on. */
  renderedAtMs: EpochMs;
  /** Server-rendered context panels, one per `config.panels` slot, in order. */
  children?: React.ReactNode;
  /** The server's picture of the map, shown until the live map takes over (map-loader). */
  mapPicture?: React.ReactNode;
}

/**
 * The screen's client code: one clock for everything, then the screen. The server renders it at its own instant
 * and hydration repeats that instant (ClockProvider's renderedAtMs), so the panels and figures are on screen
 * before any script runs; texts that depend on the screen's zone are marked as allowed to differ.
 */
export default function DisplayLive(props: DisplayScreenProps) {
  return (
    <ClockProvider startMs={props.config.startMs} speed={props.config.speed} renderedAtMs={props.renderedAtMs}>
      <DisplayView {...props} />
    </ClockProvider>
  );
}

function DisplayView({
  config,
  notices,
  initialTle,
  buildId,
  tile,
  children,
  mapPicture,
  renderedAtMs,
}: DisplayScreenProps) {
  const t = useTranslations('display');
  const source = useTickSource();
  const [connection, report] = useConnection();
  const { tle, satrec, response, orbitChange, retryNow } = useDisplayTle(initialTle, report, source.now);
  useBuildWatch({
    pageBuildId: buildId,
    reloadAt: config.reloadAt,
    timeZone: config.timeZone,
    report,
    onServerBack: retryNow,
  });
  useWakeLock();
  useDisplayResilience();
  const frameRef = useRef<HTMLDivElement | null>(null);
  useBurnIn(frameRef);
  const venue = config.venue;
  const hasPanels = config.panels.length > 0;

  return (
    <div className={styles.root} data-theme={config.theme} data-testid="display">
      <div className={styles.frame} ref={frameRef} data-panels={hasPanels ? 'some' : 'none'}>
        <section className={styles.map} aria-label={t('mapLabel')} data-testid="display-map">
          <MapLoader
            satrec={satrec}
            tle={tle}
            orbitsAhead={config.orbits}
            tile={tile}
            basemapResolution={screenBasemapResolution('50m')}
            follow
            interactive={false}
            observer={venue ? { latitudeDeg: venue.latitudeDeg, longitudeDeg: venue.longitudeDeg } : null}
            picture={mapPicture}
          />
          <ConfigNotice notices={notices} />
        </section>
        <div className={styles.side}>
          <DisplayClocks timeZone={config.timeZone} />
          <DisplayTelemetry satrec={satrec} tle={tle} units={config.units} />
          <DisplayNextPass satrec={satrec} tle={tle} venue={venue} timeZone={config.timeZone} />
        </div>
        {hasPanels && (
          <PanelRotator slots={config.panels} renderedAtMs={renderedAtMs}>
            {children}
          </PanelRotator>
        )}
        <DisplayStatus
          tle={tle}
          source={response.source}
          connection={connection}
          orbitChange={orbitChange}
          timeZone={config.timeZone}
        />
      </div>
    </div>
  );
}
