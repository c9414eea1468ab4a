'use client';

import { useTranslations } from 'next-intl';
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AttributionControl, MapContainer, TileLayer, ZoomControl, useMap } from 'react-leaflet';
import type { SatRec } from 'satellite.js';
import { useTickSource } from '@/components/clock/clock-context';
import type { Tle } from '@/lib/tle';
import { wrapLongitude, type EpochMs } from '@/lib/units';
import { prepareBasemapProjection, VectorBasemapLayer } from './basemap-layer';
import { MapLegend } from './map-legend';
import { NightShade } from './night-shade';
import styles from './orbit-map.module.css';
import { OrbitOverlay, type ObserverSpot, type TimeSpan } from './orbit-overlay';
import { useBasemap, type BasemapResolution } from './use-basemap';

export interface OrbitMapProps {
  satrec: SatRec | null;
  /** The elements behind `satrec`: their age decides how far off the marker may be (a band along the track). */
  tle?: Tle | null;
  /** Orbits of ground track drawn ahead of the station (the first solid, the rest dashed). Default 2. */
  orbitsAhead?: number;
  /** Orbits of ground track drawn behind the station, dimmed. Default 1. */
  orbitsBehind?: number;
  /** Optional raster tiles for online deployments; null (default) = the offline vector basemap only. */
  tile?: { url: string; attribution: string } | null;
  /** Natural Earth detail: 110m (default, ~38 KB gzipped) or 50m (~230 KB gzipped, for large displays). */
  basemapResolution?: BasemapResolution;
  /** Keep the station centred. Omit to let the map manage it (on at first, off when the user drags). */
  follow?: boolean;
  onFollowChange?: (follow: boolean) => void;
  /** A stretch of track to emphasise (a pass, on /passes). */
  highlight?: TimeSpan | null;
  observer?: ObserverSpot | null;
  /** False on display screens: no zoom buttons, no dragging, no follow button. Default true. */
  interactive?: boolean;
  /** Accessible name of the station marker. */
  stationLabel?: string;
  /** Called once the map has drawn its basemap (or raster tiles), so a picture above it can go (map-loader). */
  onReady?: () => void;
}

const WORLD_TILE_PX = 256;
const MAX_LAT = 85.0511287798;
// Lat: the Mercator world's edge. Lng: one turn either way, the view is brought back within [-180, 180] on moveend.
const MAX_BOUNDS = L.latLngBounds([-MAX_LAT, -540], [MAX_LAT, 540]);

/** Zoom at which the world is exactly as wide (or as tall) as the map. */
const zoomToFit = (px: number): number => Math.log2(Math.max(1, px) / WORLD_TILE_PX);

/**
 * Smallest zoom: the world fills the map's height (no empty band above or below), and never shows more than two
 * worlds across, which the overlays' three copies always cover.
 */
function minZoomFor(map: L.Map): number {
  const size = map.getSize();
  return Math.max(0, zoomToFit(size.y), zoomToFit(size.x) - 1);
}

/** Keeps the zoom limits right as the map resizes, and the view within a turn of 0 deg so overlay copies cover it. */
function ViewKeeper({ interactive }: { interactive: boolean }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    let userZoomed = false;
    let fitting = false;
    const fit = () => {
      fitting = true;
      const minZoom = minZoomFor(map);
      // Not setMinZoom: below the new limit it starts an animated zoom, which swallows the setView below.
      L.Util.setOptions(map, { minZoom });
      map.fire('zoomlevelschange');
      if (!userZoomed || map.getZoom() < minZoom) {
        // Width-fit: the whole world once across; on a wide, short map the height limit wins.
        const zoom = Math.max(minZoom, zoomToFit(map.getSize().x));
        map.setView(map.getCenter(), zoom, { animate: false });
      }
      fitting = false;
    };
    const onZoomStart = () => {
      if (!fitting) userZoomed = true;
    };
    const onMoveEnd = () => {
      const c = map.getCenter();
      if (c.lng > 180 || c.lng < -180) {
        const wrapped = wrapLongitude(c.lng);
        map.setView([c.lat, wrapped], map.getZoom(), { animate: false });
      }
    };
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      fit();
    });
    observer.observe(container);
    map.on('zoomstart', onZoomStart);
    map.on('moveend', onMoveEnd);
    fit();
    return () => {
      observer.disconnect();
      map.off('zoomstart', onZoomStart);
      map.off('moveend', onMoveEnd);
    };
  }, [map]);
  useEffect(() => {
    // Display screens: not a control, just a picture.
    const handlers = [map.dragging, map.touchZoom, map.doubleClickZoom, map.scrollWheelZoom, map.boxZoom, map.keyboard];
    for (const handler of handlers) {
      if (!handler) continue;
      if (interactive) handler.enable();
      else handler.disable();
    }
    const container = map.getContainer();
    if (interactive) container.setAttribute('tabindex', '0');
    else container.removeAttribute('tabindex');
  }, [map, interactive]);
  return null;
}

function Basemap({ resolution }: { resolution: BasemapResolution }) {
  const map = useMap();
  const basemap = useBasemap(resolution);
  useEffect(() => {
    if (basemap === null) return;
    let layer: VectorBasemapLayer | null = null;
    let live = true;
    void prepareBasemapProjection(basemap.geometry).then(() => {
      if (!live) return;
      layer = new VectorBasemapLayer(basemap.geometry, {
        attribution: 'Natural Earth',
        className: styles.basemap,
      });
      layer.addTo(map);
    });
    return () => {
      live = false;
      layer?.remove();
    };
  }, [map, basemap]);
  return null;
}

interface LiveLayersProps {
  satrec: SatRec | null;
  tle: Tle | null;
  orbitsAhead: number;
  orbitsBehind: number;
  follow: boolean;
  onUserPan: () => void;
  highlight: TimeSpan | null;
  observer: ObserverSpot | null;
  stationLabel: string;
  observerLabel: string;
}

/** Night, track, footprint and marker: created once, then fed by the tick source through refs. */
function LiveLayers(props: LiveLayersProps) {
  const { satrec, tle, orbitsAhead, orbitsBehind, follow, highlight, observer, stationLabel, observerLabel } = props;
  const map = useMap();
  const source = useTickSource();
  const overlayRef = useRef<OrbitOverlay | null>(null);
  // The latest props, for an overlay created (or re-created) after they were set.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const nightPane = map.getPane('ow-night') ?? map.createPane('ow-night');
    nightPane.style.zIndex = '350';
    nightPane.style.pointerEvents = 'none';
    const night = new NightShade(map, 'ow-night');
    const overlay = new OrbitOverlay(
      map,
      { station: styles.station ?? '', stationCopy: styles.stationCopy ?? '', observer: styles.observer ?? '' },
      { station: stationLabel, observer: observerLabel },
    );
    const initial = latest.current;
    // The marker first, in this task; night, track and footprint once the browser has drawn a frame with it.
    overlay.holdLines();
    overlay.setOrbits(initial.orbitsAhead, initial.orbitsBehind, source.now());
    overlay.setHighlight(initial.highlight);
    overlay.setObserver(initial.observer);
    overlay.setElements(initial.tle, source.now());
    overlay.setSatrec(initial.satrec, source.now());
    overlay.setFollow(initial.follow, false);
    overlayRef.current = overlay;
    const onTick = (simMs: EpochMs) => {
      night.update(simMs);
      overlay.tick(simMs, source.clock.speed);
    };
    const unsubscribe = source.subscribe(onTick);
    const onDragStart = () => latest.current.onUserPan();
    map.on('dragstart', onDragStart);
    let linesTimer: ReturnType<typeof setTimeout> | undefined;
    const linesFrame = requestAnimationFrame(() => {
      linesTimer = setTimeout(() => {
        night.update(source.now());
        overlay.releaseLines();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(linesFrame);
      clearTimeout(linesTimer);
      unsubscribe();
      map.off('dragstart', onDragStart);
      overlay.dispose();
      night.remove();
      overlayRef.current = null;
    };
  }, [map, source, stationLabel, observerLabel]);

  useEffect(() => {
    overlayRef.current?.setElements(tle, source.now());
    overlayRef.current?.setSatrec(satrec, source.now());
  }, [tle, satrec, source]);
  useEffect(() => {
    overlayRef.current?.setOrbits(orbitsAhead, orbitsBehind, source.now());
  }, [orbitsAhead, orbitsBehind, source]);
  const highlightFrom = highlight?.fromMs;
  const highlightTo = highlight?.toMs;
  useEffect(() => {
    overlayRef.current?.setHighlight(
      highlightFrom === undefined || highlightTo === undefined ? null : { fromMs: highlightFrom, toMs: highlightTo },
    );
  }, [highlightFrom, highlightTo]);
  const obsLat = observer?.latitudeDeg;
  const obsLon = observer?.longitudeDeg;
  const obsRadius = observer?.visibilityRadiusKm;
  useEffect(() => {
    overlayRef.current?.setObserver(
      obsLat === undefined || obsLon === undefined
        ? null
        : { latitudeDeg: obsLat, longitudeDeg: obsLon, visibilityRadiusKm: obsRadius },
    );
  }, [obsLat, obsLon, obsRadius]);
  useEffect(() => {
    overlayRef.current?.setFollow(follow);
  }, [follow]);
  return null;
}

/** Waiting longer than this for the basemap, the map is shown as it is. */
const READY_FALLBACK_MS = 10_000;

/** Tells the caller when the first basemap layer has drawn every tile in view. */
function ReadySignal({ onReady }: { onReady: (() => void) | undefined }) {
  const map = useMap();
  const latest = useRef(onReady);
  useEffect(() => {
    latest.current = onReady;
  });
  useEffect(() => {
    let fired = false;
    const fire = () => {
      if (fired) return;
      fired = true;
      latest.current?.();
    };
    const onLayerAdd = (e: L.LayerEvent) => {
      if (e.layer instanceof L.GridLayer) e.layer.once('load', fire);
    };
    map.on('layeradd', onLayerAdd);
    const fallback = setTimeout(fire, READY_FALLBACK_MS);
    return () => {
      map.off('layeradd', onLayerAdd);
      clearTimeout(fallback);
    };
  }, [map]);
  return null;
}

const INITIAL_CENTER: L.LatLngTuple = [0, 0];

/**
 * The live map: offline Natural Earth basemap, day/night with twilight, the ground track behind and ahead, the
 * station's footprint and the station itself, moving smoothly between the 1 Hz ticks. Client only (Leaflet needs
 * `window`): load it through map-loader.
 */
export default function OrbitMap({
  satrec,
  tle = null,
  orbitsAhead = 2,
  orbitsBehind = 1,
  tile = null,
  basemapResolution = '110m',
  follow: followProp,
  onFollowChange,
  highlight = null,
  observer = null,
  interactive = true,
  stationLabel,
  onReady,
}: OrbitMapProps) {
  const t = useTranslations('common.map');
  const [followState, setFollowState] = useState(true);
  const follow = followProp ?? followState;
  const setFollow = useCallback(
    (next: boolean) => {
      setFollowState(next);
      onFollowChange?.(next);
    },
    [onFollowChange],
  );
  const onUserPan = useCallback(() => {
    if (follow) setFollow(false);
  }, [follow, setFollow]);

  return (
    <div className={styles.frame} role="region" aria-label={t('region')}>
      <MapContainer
        className={styles.map}
        center={INITIAL_CENTER}
        zoom={2}
        zoomSnap={0}
        zoomDelta={0.5}
        wheelPxPerZoomLevel={90}
        zoomControl={false}
        attributionControl={false}
        worldCopyJump
        maxBounds={MAX_BOUNDS}
        maxBoundsViscosity={1}
        maxZoom={tile ? 12 : 8}
        fadeAnimation={false}
        dragging={interactive}
        scrollWheelZoom={interactive}
        doubleClickZoom={interactive}
        touchZoom={interactive}
        boxZoom={interactive}
        keyboard={interactive}
      >
        <ReadySignal onReady={onReady} />
        <ViewKeeper interactive={interactive} />
        {interactive ? <ZoomControl position="topleft" zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} /> : null}
        <AttributionControl position="bottomright" prefix={false} />
        {tile ? (
          <TileLayer url={tile.url} attribution={tile.attribution} />
        ) : (
          <Basemap resolution={basemapResolution} />
        )}
        <LiveLayers
          satrec={satrec}
          tle={tle}
          orbitsAhead={orbitsAhead}
          orbitsBehind={orbitsBehind}
          follow={follow}
          onUserPan={onUserPan}
          highlight={highlight}
          observer={observer}
          stationLabel={stationLabel ?? t('station')}
          observerLabel={t('you')}
        />
      </MapContainer>
      {interactive ? (
        <button
          type="button"
          className={styles.followButton}
          aria-pressed={follow}
          onClick={() => setFollow(!follow)}
          title={follow ? t('stopFollowing') : t('keepCentred')}
        >
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="3" fill="currentColor" />
            <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10 1v3M10 16v3M1 10h3M16 10h3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <span>{t('follow')}</span>
        </button>
      ) : null}
      <MapLegend
        labels={{ nextOrbit: t('nextOrbit'), lastOrbit: t('lastOrbit'), mayBe: t('mayBe') }}
        bound={tle !== null}
      />
    </div>
  );
}
