import type { SatRec } from 'satellite.js';
import { sampleTimedTrack, sliceTrack, trackWindow } from '@/lib/geo/track-slices';
import { mercatorX, mercatorY, svgPathData } from '@/lib/geo/web-mercator';
import { satrecPeriodMs } from '@/lib/orbit/kepler';
import { stateAt } from '@/lib/orbit/propagate';
import { predictionUncertainty, uncertaintyHalfSpanMs } from '@/lib/orbit/uncertainty';
import { nightPolygons } from '@/lib/sun/terminator';
import type { Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';
import { HIGHLIGHT_STEP_MS, MARKER_PX, NIGHT_BANDS_DEG, NIGHT_SEGMENTS, TRACK_STEP_MS } from './map-geometry';

/** World units per world in the picture's SVG (its viewBox is three worlds wide: -1 to 2). */
export const PICTURE_SCALE = 1000;
const PHONE_WORLD_PX = 390;
/** Leaflet's Earth radius (L.CRS.Earth.R), which its circles are drawn with. */
const LEAFLET_EARTH_RADIUS_KM = 6371;

export interface WorldPoint {
  x: number;
  y: number;
}

/**
 * The live map at one instant, as SVG path data, for a picture drawn before Leaflet (components/map/map-picture.tsx):
 * the same layers and geometry the live map draws (components/map/orbit-overlay.ts, night-shade.ts), from the same
 * lib functions, in Web Mercator world units (0..1) or, for paths, world units times {@link PICTURE_SCALE}.
 */
export interface MapPictureData {
  /** Where the view is centred: the station when the map follows it and can place it, else 0 N 0 E. */
  centre: WorldPoint;
  /** The station, with its heading on the map (degrees clockwise from north); null when no marker is drawn. */
  station: (WorldPoint & { headingDeg: number }) | null;
  /** The observer, and the ellipse Leaflet draws for their visibility circle (radii in world units), or null. */
  observer: (WorldPoint & { circle: { cx: number; cy: number; rx: number; ry: number } | null }) | null;
  /** Night, then civil, nautical and astronomical darkness. Paths are one world; the picture repeats them. */
  night: string[];
  behind: string;
  aheadFirst: string;
  aheadRest: string;
  /** A stretch of track picked out (a pass, on /passes). */
  highlight: string;
  /** The stretch of track the station may be on (95 %); '' without elements. */
  uncertainty: string;
  /** As the live map marks itself (`data-uncertainty`), for the legend: a band longer than the marker or not. */
  uncertaintyShown: 'stretch' | 'within-marker' | 'whole-orbit' | null;
}

export interface PictureOptions {
  orbitsAhead: number;
  orbitsBehind?: number;
  /** Centred on the station, as the live map opens when it follows it. Default true. */
  follow?: boolean;
  observer?: { latitudeDeg: number; longitudeDeg: number; visibilityRadiusKm?: number } | null;
  highlight?: { fromMs: EpochMs; toMs: EpochMs } | null;
}

const oneWorld = { minStep: 1 };

/** Latitude of a Web Mercator y (world units). */
const latitudeOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** Leaflet's L.Circle on EPSG:3857 (Circle._project): an ellipse through the projected top and bottom. */
function leafletCircle(latDeg: number, lonDeg: number, radiusKm: number) {
  const d = Math.PI / 180;
  const latR = radiusKm / LEAFLET_EARTH_RADIUS_KM / d;
  const top = mercatorY(latDeg + latR);
  const bottom = mercatorY(latDeg - latR);
  const cy = (top + bottom) / 2;
  const lat2 = latitudeOf(cy);
  const lngR =
    Math.acos(
      (Math.cos(latR * d) - Math.sin(latDeg * d) * Math.sin(lat2 * d)) / (Math.cos(latDeg * d) * Math.cos(lat2 * d)),
    ) / d;
  return { cx: mercatorX(lonDeg), cy, rx: Number.isNaN(lngR) ? 0 : lngR / 360, ry: cy - top };
}

export function mapPicture(
  elements: { tle: Tle; satrec: SatRec } | null,
  atMs: EpochMs,
  { orbitsAhead, orbitsBehind = 1, follow = true, observer = null, highlight = null }: PictureOptions,
): MapPictureData {
  const spot =
    observer === null
      ? null
      : {
          x: mercatorX(observer.longitudeDeg),
          y: mercatorY(observer.latitudeDeg),
          circle:
            observer.visibilityRadiusKm !== undefined && observer.visibilityRadiusKm > 0
              ? leafletCircle(observer.latitudeDeg, observer.longitudeDeg, observer.visibilityRadiusKm)
              : null,
        };
  const night = NIGHT_BANDS_DEG.map((altitudeDeg) =>
    svgPathData(nightPolygons(atMs, altitudeDeg, NIGHT_SEGMENTS), PICTURE_SCALE, { ...oneWorld, closed: true }),
  );
  const origin = { x: 0.5, y: 0.5 };
  const state = elements === null ? null : stateAt(elements.satrec, atMs);
  if (elements === null || state === null) {
    return {
      centre: origin,
      station: null,
      observer: spot,
      night,
      behind: '',
      aheadFirst: '',
      aheadRest: '',
      highlight: '',
      uncertainty: '',
      uncertaintyShown: null,
    };
  }
  const { tle, satrec } = elements;
  const periodMs = satrecPeriodMs(satrec);
  const ahead = Math.max(0, Math.min(15, Math.floor(orbitsAhead)));
  const behind = Math.max(0, Math.min(15, Math.floor(orbitsBehind)));
  const window = trackWindow(atMs, periodMs, ahead, behind);
  const track = sampleTimedTrack(satrec, window.fromMs - TRACK_STEP_MS, window.toMs + TRACK_STEP_MS, TRACK_STEP_MS);
  const path = (fromMs: EpochMs, toMs: EpochMs) =>
    svgPathData(sliceTrack(track, fromMs, toMs), PICTURE_SCALE, oneWorld);
  const uncertainty = predictionUncertainty(tle, atMs);
  const halfMs = uncertaintyHalfSpanMs(uncertainty, periodMs);
  // Always drawn: the live map leaves out a band shorter than its marker, and under the marker such a band is
  // hidden anyway, so the picture never shows the station as more certain than the map does.
  const stretch = sampleTimedTrack(satrec, atMs - halfMs, atMs + halfMs, Math.max(HIGHLIGHT_STEP_MS, halfMs / 120));
  const placed = uncertainty.placeable;
  const [a, b] = [stateAt(satrec, atMs - halfMs), stateAt(satrec, atMs + halfMs)];
  // The live map's test (longer than its 16 px marker) at a phone's world zoom, the smallest the map is drawn.
  const bandUnits =
    a && b
      ? Math.hypot(
          mercatorX(a.longitudeDeg) - mercatorX(b.longitudeDeg),
          mercatorY(a.latitudeDeg) - mercatorY(b.latitudeDeg),
        )
      : Infinity;
  const station = { x: mercatorX(state.longitudeDeg), y: mercatorY(state.latitudeDeg), headingDeg: state.headingDeg };
  const span = highlight !== null && highlight.toMs > highlight.fromMs ? highlight : null;
  return {
    centre: placed && follow ? { x: station.x, y: station.y } : origin,
    station: placed ? station : null,
    observer: spot,
    night,
    behind: behind > 0 ? path(window.fromMs, atMs) : '',
    aheadFirst: ahead > 0 ? path(atMs, window.firstOrbitEndMs) : '',
    aheadRest: path(window.firstOrbitEndMs, window.toMs),
    highlight:
      span === null
        ? ''
        : svgPathData(
            sliceTrack(sampleTimedTrack(satrec, span.fromMs, span.toMs, HIGHLIGHT_STEP_MS), span.fromMs, span.toMs),
            PICTURE_SCALE,
            oneWorld,
          ),
    uncertainty: svgPathData(sliceTrack(stretch, atMs - halfMs, atMs + halfMs), PICTURE_SCALE, oneWorld),
    uncertaintyShown: !placed ? 'whole-orbit' : bandUnits * PHONE_WORLD_PX > MARKER_PX ? 'stretch' : 'within-marker',
  };
}
