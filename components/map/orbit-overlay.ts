import L from 'leaflet';
import { HIGHLIGHT_STEP_MS, MARKER_PX, TRACK_STEP_MS } from '@/app-logic/map/map-geometry';
import type { SatRec } from 'satellite.js';
import { outlineWithoutMapEdges, runsAlongMapEdge } from '@/lib/geo/antimeridian';
import {
  sampleTimeAtOrBefore,
  sampleTimedTrack,
  sliceTrack,
  trackCovers,
  trackWindow,
  type TimedTrack,
} from '@/lib/geo/track-slices';
import { circleSegments } from '@/lib/geo/circle-segments';
import { footprintAngle, footprintPolygons } from '@/lib/orbit/footprint';
import type { LatLon } from '@/lib/geo/lat-lon';
import { geodeticAt, stateAt, type GeodeticPoint } from '@/lib/orbit/propagate';
import { predictionUncertainty, uncertaintyHalfSpanMs, type PredictionUncertainty } from '@/lib/orbit/uncertainty';
import type { Tle } from '@/lib/tle';
import { satrecPeriodMs } from '@/lib/orbit/kepler';
import { toDegrees, toRadians, wrapLongitude, type EpochMs } from '@/lib/units';
import { LazySvg } from './lazy-svg';
import { HIGHLIGHT, OBSERVER, STATION, TRACK_AHEAD, TRACK_BEHIND } from './palette';
import { PointLayer } from './point-layer';
import { STATION_MARKER_HTML } from './station-marker';
import { onEveryCopy, WORLD_OFFSETS } from './world-copies';

export interface ObserverSpot {
  latitudeDeg: number;
  longitudeDeg: number;
  visibilityRadiusKm?: number;
}

export interface TimeSpan {
  fromMs: EpochMs;
  toMs: EpochMs;
}

export interface OverlayClassNames {
  station: string;
  stationCopy: string;
  observer: string;
}

/** Opt-in instrumentation for the preview page: set `globalThis.__orbitWatchPerf = { tickMs: [], frames: 0 }`. */
interface PerfSink {
  tickMs: number[];
  /** Propagation and marker placement alone, the part of a tick that never waits on Leaflet's redraws. */
  coreMs?: number[];
  frames: number;
}
const perfSink = (): PerfSink | undefined => (globalThis as { __orbitWatchPerf?: PerfSink }).__orbitWatchPerf;

/** The marker glides over this much of a tick interval, so a late tick never makes it stall. */
const GLIDE_TICKS = 1.5;
const MIN_GLIDE_SEGMENT_SIM_MS = 20_000;
/** Widest the drawn footprint may stray from the true outline, in screen pixels (its sides are straight). */
const FOOTPRINT_GAP_PX = 0.25;
const FOOTPRINT_STROKE: L.PathOptions = { stroke: true, color: STATION, weight: 1.1, opacity: 0.45 };

/** The footprint's outline is thin and faint: it moves in half-pixel steps, the smallest a line visibly makes. */
const FOOTPRINT_STEP_PX = 0.5;
/** The live ends of the track meet under the 16 px station dot, which hides a lag of a few pixels. */
const LIVE_END_STEP_PX = 2;

/** The station's place in world pixels at `zoom`. */
interface DrawnAt {
  x: number;
  y: number;
  zoom: number;
}

const movedBy = (drawn: DrawnAt | null, now: DrawnAt, stepPx: number): boolean =>
  drawn === null || drawn.zoom !== now.zoom || Math.abs(drawn.x - now.x) + Math.abs(drawn.y - now.y) >= stepPx;

/** The error bound grows by hours and days: worked out again after this much shown time, not every tick. */
const UNCERTAINTY_REFRESH_SIM_MS = 60_000;

function svgPane(map: L.Map, name: string, zIndex: number, padding: number): L.Renderer {
  const pane = map.getPane(name) ?? map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.style.pointerEvents = 'none';
  return new LazySvg({ pane: name, padding });
}

function stationElement(className: string, label: string | null): { root: HTMLElement; heading: HTMLElement } {
  const root = document.createElement('div');
  root.className = className;
  if (label === null) {
    root.setAttribute('aria-hidden', 'true');
  } else {
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', label);
  }
  root.innerHTML = STATION_MARKER_HTML;
  const heading = root.querySelector<HTMLElement>('[data-part="heading"]') ?? root;
  return { root, heading };
}

/**
 * Everything on the map that follows the station: marker, ground track, footprint, observer, a highlighted pass,
 * and following. Driven imperatively: the 1 Hz tick calls `tick`, an animation frame loop glides the marker
 * between ticks, and React never re-renders for either.
 */
export class OrbitOverlay {
  private readonly map: L.Map;
  private satrec: SatRec | null = null;
  private orbitsAhead = 2;
  private orbitsBehind = 1;
  private follow = false;
  private highlight: TimeSpan | null = null;
  private readonly reducedMotion: boolean;

  private track: TimedTrack | null = null;
  private builtForSampleMs: EpochMs | null = null;
  private lastSimMs: EpochMs | null = null;

  private readonly behind: L.Polyline;
  private readonly behindLive: L.Polyline;
  private readonly aheadLive: L.Polyline;
  private readonly aheadFirst: L.Polyline;
  private readonly aheadRest: L.Polyline;
  private readonly highlightLine: L.Polyline;
  /** Where along its track the station may be (95 %): a broad band under the track. */
  private readonly uncertaintyLine: L.Polyline;
  private elements: Tle | null = null;
  private uncertainty: { atMs: EpochMs; value: PredictionUncertainty } | null = null;
  private readonly footprint: L.Polygon;
  private readonly footprintOutline: L.Polyline;
  /** Whether the footprint's fill strokes its own outline (it is one whole ring), see {@link drawFootprint}. */
  private footprintStroked = true;
  /** Where the station was when the footprint, and the live ends of the track, were last drawn. */
  private footprintDrawnAt: DrawnAt | null = null;
  private liveEndsDrawnAt: DrawnAt | null = null;

  private readonly stations: PointLayer[];
  private readonly headings: HTMLElement[];
  /** The marker on the central world copy: carries the exact position for tests and assistive tech. */
  private stationMain: HTMLElement | null = null;
  /** Under automation only: the drawn track as data, so an end-to-end test can check the antimeridian split. */
  private readonly trackProbe: HTMLElement | null;
  private readonly observers: PointLayer[];
  private readonly observerCircles: L.Circle[];

  // Glide: sub-satellite points from the last tick onward, every `glideStepSimMs` of shown time.
  private glide: Array<[number, number]> = [];
  private glideStartReal = 0;
  private glideStepSimMs = 1000;
  private speed = 1;
  private frame = 0;
  private frameTimer: ReturnType<typeof setTimeout> | null = null;
  /** How fast the marker crosses the screen during this glide. */
  private pxPerMs = 0;
  private visible = false;
  /** See {@link holdLines}. */
  private linesHeld = false;

  constructor(map: L.Map, classNames: OverlayClassNames, labels: { station: string; observer: string }) {
    this.map = map;
    this.reducedMotion =
      typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // A screen of margin each side: following pans up to half a screen in one animation.
    const footprintRenderer = svgPane(map, 'ow-footprint', 380, 1);
    const trackRenderer = svgPane(map, 'ow-track', 420, 1);
    const line = (options: L.PolylineOptions) =>
      L.polyline([], {
        renderer: trackRenderer,
        interactive: false,
        lineCap: 'round',
        lineJoin: 'round',
        smoothFactor: 1,
        ...options,
      }).addTo(map);
    const behindStyle: L.PolylineOptions = { color: TRACK_BEHIND, weight: 1.6, opacity: 0.7 };
    const aheadStyle: L.PolylineOptions = { color: TRACK_AHEAD, weight: 2.2, opacity: 0.95 };
    // The footprint strokes its own outline while it is one whole ring. Cut at the antimeridian (or holding a pole)
    // its rings are closed along the map edge, which a stroke would trace: then a separate line draws the outline.
    this.footprint = L.polygon([], {
      renderer: footprintRenderer,
      interactive: false,
      ...FOOTPRINT_STROKE,
      fillColor: STATION,
      fillOpacity: 0.05,
      // Its sides are already as few as the zoom needs (see footprintSegments): nothing to simplify.
      smoothFactor: 0,
    }).addTo(map);
    this.footprintOutline = L.polyline([], {
      renderer: footprintRenderer,
      interactive: false,
      ...FOOTPRINT_STROKE,
      smoothFactor: 0,
    }).addTo(map);
    this.observerCircles = WORLD_OFFSETS.map(() =>
      L.circle([0, 0], {
        renderer: footprintRenderer,
        interactive: false,
        radius: 1,
        color: OBSERVER,
        weight: 1,
        opacity: 0.45,
        dashArray: '3 5',
        fill: false,
      }),
    );
    // First, so that it lies under the track lines.
    this.uncertaintyLine = line({ color: STATION, weight: 14, opacity: 0.22, className: 'ow-uncertainty' });
    this.behind = line(behindStyle);
    this.behindLive = line(behindStyle);
    this.aheadRest = line({ color: TRACK_AHEAD, weight: 1.6, opacity: 0.55, dashArray: '2 7' });
    this.aheadFirst = line(aheadStyle);
    this.aheadLive = line(aheadStyle);
    this.highlightLine = line({ color: HIGHLIGHT, weight: 5, opacity: 0.9 });

    this.stations = [];
    this.headings = [];
    for (const offset of WORLD_OFFSETS) {
      const { root, heading } = stationElement(
        offset === 0 ? classNames.station : `${classNames.station} ${classNames.stationCopy}`,
        offset === 0 ? labels.station : null,
      );
      this.stations.push(new PointLayer(root, [0, offset]));
      this.headings.push(heading);
      if (offset === 0) {
        root.dataset.testid = 'station-marker';
        this.stationMain = root;
      }
    }
    this.trackProbe = typeof navigator !== 'undefined' && navigator.webdriver ? document.createElement('div') : null;
    if (this.trackProbe) {
      this.trackProbe.dataset.testid = 'ground-track';
      this.trackProbe.hidden = true;
      map.getContainer().appendChild(this.trackProbe);
    }
    this.observers = WORLD_OFFSETS.map((offset) => {
      const el = document.createElement('div');
      el.className = classNames.observer;
      if (offset === 0) {
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', labels.observer);
      } else {
        el.setAttribute('aria-hidden', 'true');
      }
      return new PointLayer(el, [0, offset]);
    });
  }

  /**
   * Until {@link releaseLines}, ticks place only the marker (and follow it): the map's first frame shows the
   * station without waiting for the track, footprint and highlight, whose paths take tens of milliseconds to
   * build and draw while the page is still loading.
   */
  holdLines(): void {
    this.linesHeld = true;
  }

  /** Draws what {@link holdLines} held back, at the last tick's instant. */
  releaseLines(): void {
    if (!this.linesHeld) return;
    this.linesHeld = false;
    this.footprintDrawnAt = null;
    this.liveEndsDrawnAt = null;
    this.builtForSampleMs = null;
    this.refreshHighlight();
    if (this.lastSimMs !== null) this.tick(this.lastSimMs, this.speed);
  }

  setSatrec(satrec: SatRec | null, simMs: EpochMs): void {
    if (satrec === this.satrec) return;
    this.satrec = satrec;
    this.track = null;
    this.builtForSampleMs = null;
    this.footprintDrawnAt = null;
    this.liveEndsDrawnAt = null;
    this.refreshHighlight();
    this.tick(simMs, this.speed);
  }

  /** The elements behind the satrec: their age says how far off the marker may be. Null: no bound is drawn. */
  setElements(tle: Tle | null, simMs: EpochMs): void {
    if (tle === this.elements) return;
    this.elements = tle;
    this.uncertainty = null;
    this.builtForSampleMs = null;
    this.tick(simMs, this.speed);
  }

  /** The bound at the shown time, recomputed once a minute of shown time; null without elements. */
  private uncertaintyAt(simMs: EpochMs): PredictionUncertainty | null {
    if (this.elements === null) return null;
    if (this.uncertainty === null || Math.abs(simMs - this.uncertainty.atMs) >= UNCERTAINTY_REFRESH_SIM_MS) {
      this.uncertainty = { atMs: simMs, value: predictionUncertainty(this.elements, simMs) };
    }
    return this.uncertainty.value;
  }

  setOrbits(ahead: number, behind: number, simMs: EpochMs): void {
    const a = Math.max(0, Math.min(15, Math.floor(ahead)));
    const b = Math.max(0, Math.min(15, Math.floor(behind)));
    if (a === this.orbitsAhead && b === this.orbitsBehind) return;
    this.orbitsAhead = a;
    this.orbitsBehind = b;
    this.builtForSampleMs = null;
    this.tick(simMs, this.speed);
  }

  setHighlight(span: TimeSpan | null): void {
    const same = span?.fromMs === this.highlight?.fromMs && span?.toMs === this.highlight?.toMs;
    this.highlight = span;
    if (!same) this.refreshHighlight();
  }

  setObserver(spot: ObserverSpot | null): void {
    WORLD_OFFSETS.forEach((offset, i) => {
      const point = this.observers[i];
      const circle = this.observerCircles[i];
      if (!point || !circle) return;
      if (spot === null || !Number.isFinite(spot.latitudeDeg) || !Number.isFinite(spot.longitudeDeg)) {
        point.remove();
        circle.remove();
        return;
      }
      point.setLatLng(spot.latitudeDeg, spot.longitudeDeg + offset);
      if (!this.map.hasLayer(point)) point.addTo(this.map);
      if (spot.visibilityRadiusKm !== undefined && spot.visibilityRadiusKm > 0) {
        circle.setLatLng([spot.latitudeDeg, spot.longitudeDeg + offset]);
        circle.setRadius(spot.visibilityRadiusKm * 1000);
        if (!this.map.hasLayer(circle)) circle.addTo(this.map);
      } else {
        circle.remove();
      }
    });
  }

  /** `animate`: ease over to the station (a click); otherwise jump (the map opening already following). */
  setFollow(follow: boolean, animate = true): void {
    const turnedOn = follow && !this.follow;
    this.follow = follow;
    if (turnedOn && this.lastSimMs !== null) this.recentre(animate ? 'ease' : 'jump');
  }

  /** The 1 Hz heartbeat: position, heading, footprint, the live ends of the track, following. */
  tick(simMs: EpochMs, speed: number): void {
    const started = performance.now();
    this.lastSimMs = simMs;
    this.speed = speed > 0 ? speed : 1;
    const satrec = this.satrec;
    const state = satrec ? stateAt(satrec, simMs) : null;
    if (satrec === null || state === null) {
      this.hideStation();
      return;
    }
    const uncertainty = this.uncertaintyAt(simMs);
    // Elements too old to say where on its orbit the station is: no marker, no footprint, only where it may be.
    const placed = uncertainty?.placeable ?? true;
    if (placed) this.showStation();
    else this.hideMarker();

    // Where the marker glides to before the next tick.
    const glideSimMs = GLIDE_TICKS * 1000 * this.speed;
    const segments = Math.max(1, Math.min(150, Math.ceil(glideSimMs / MIN_GLIDE_SEGMENT_SIM_MS)));
    this.glideStepSimMs = glideSimMs / segments;
    const glide: Array<[number, number]> = [[state.latitudeDeg, state.longitudeDeg]];
    const scratch: GeodeticPoint = { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
    for (let j = 1; j <= segments; j++) {
      const p = geodeticAt(satrec, simMs + j * this.glideStepSimMs, scratch);
      if (p === null) break;
      glide.push([p.latitudeDeg, p.longitudeDeg]);
    }
    this.glide = glide;
    this.glideStartReal = performance.now();
    const first = glide[0];
    const last = glide[glide.length - 1];
    if (first && last && glide.length > 1) {
      const p0 = this.map.project(first);
      const p1 = this.map.project([last[0], first[1] + wrapLongitude(last[1] - first[1])]);
      this.pxPerMs = p0.distanceTo(p1) / (((glide.length - 1) * this.glideStepSimMs) / this.speed);
    }
    const headingTransform = `rotate(${state.headingDeg.toFixed(1)}deg)`;
    for (const el of this.headings) el.style.transform = headingTransform;
    this.placeStation(state.latitudeDeg, state.longitudeDeg);
    if (this.stationMain) {
      this.stationMain.dataset.lat = state.latitudeDeg.toFixed(5);
      this.stationMain.dataset.lon = state.longitudeDeg.toFixed(5);
    }
    if (!this.reducedMotion && this.frame === 0 && this.frameTimer === null) {
      this.frame = requestAnimationFrame(this.onFrame);
    }
    perfSink()?.coreMs?.push(performance.now() - started);
    if (this.linesHeld) {
      if (this.follow) this.recentre('glide');
      return;
    }

    // The footprint and the live ends of the track are redrawn only once the station has moved far enough to show
    // (at world zoom, every few seconds): each redraw re-projects, re-clips and rewrites their paths.
    const p = this.map.project([state.latitudeDeg, state.longitudeDeg]);
    const zoom = this.map.getZoom();
    const at = { x: p.x, y: p.y, zoom };
    if (!placed) {
      this.footprint.setLatLngs([]);
      this.footprintOutline.setLatLngs([]);
      this.footprintDrawnAt = null;
    } else if (movedBy(this.footprintDrawnAt, at, FOOTPRINT_STEP_PX)) {
      this.footprintDrawnAt = at;
      const rings = footprintPolygons(
        state.latitudeDeg,
        state.longitudeDeg,
        state.altitudeKm,
        this.footprintSegments(state, zoom),
      );
      this.drawFootprint(rings);
    }
    const liveEndsMoved = movedBy(this.liveEndsDrawnAt, at, LIVE_END_STEP_PX);
    if (liveEndsMoved) this.liveEndsDrawnAt = at;
    this.updateTrack(satrec, simMs, liveEndsMoved, uncertainty);
    if (this.follow) this.recentre('glide');

    const sink = perfSink();
    if (sink) sink.tickMs.push(performance.now() - started);
  }

  dispose(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    if (this.frameTimer !== null) clearTimeout(this.frameTimer);
    this.frame = 0;
    this.frameTimer = null;
    for (const layer of [
      this.uncertaintyLine,
      this.behind,
      this.behindLive,
      this.aheadLive,
      this.aheadFirst,
      this.aheadRest,
      this.highlightLine,
      this.footprint,
      this.footprintOutline,
    ]) {
      layer.remove();
    }
    for (const layer of [...this.stations, ...this.observers, ...this.observerCircles]) layer.remove();
    this.trackProbe?.remove();
  }

  private onFrame = (): void => {
    this.frame = 0;
    if (!this.visible || this.glide.length < 2) return;
    const elapsedSim = (performance.now() - this.glideStartReal) * this.speed;
    const x = Math.min(elapsedSim / this.glideStepSimMs, this.glide.length - 1);
    const i = Math.min(Math.floor(x), this.glide.length - 2);
    const a = this.glide[i];
    const b = this.glide[i + 1];
    if (a && b) {
      const f = x - i;
      let dLon = b[1] - a[1];
      if (dLon > 180) dLon -= 360;
      else if (dLon < -180) dLon += 360;
      this.placeStation(a[0] + f * (b[0] - a[0]), a[1] + f * dLon);
    }
    const sink = perfSink();
    if (sink) sink.frames += 1;
    if (x >= this.glide.length - 1) return;
    // Next frame only when the marker will have moved a quarter pixel: at world zoom that is about once a tick,
    // so an idle dashboard does not repaint 60 times a second for motion nobody could see.
    const waitMs = 0.25 / Math.max(1e-6, this.pxPerMs);
    if (waitMs <= 20) this.frame = requestAnimationFrame(this.onFrame);
    else
      this.frameTimer = setTimeout(
        () => {
          this.frameTimer = null;
          this.frame = requestAnimationFrame(this.onFrame);
        },
        Math.min(waitMs, 1000),
      );
  };

  private drawFootprint(rings: LatLon[][]): void {
    const whole = !runsAlongMapEdge(rings);
    if (whole !== this.footprintStroked) {
      this.footprintStroked = whole;
      this.footprint.setStyle({ stroke: whole });
    }
    this.footprint.setLatLngs(onEveryCopy(rings));
    if (whole) {
      if (this.footprintOutline.getLatLngs().length > 0) this.footprintOutline.setLatLngs([]);
    } else {
      this.footprintOutline.setLatLngs(onEveryCopy(outlineWithoutMapEdges(rings)));
    }
  }

  /**
   * Sides for the footprint at this zoom: as few as keep it within {@link FOOTPRINT_GAP_PX} of the true outline.
   * Its radius on screen is taken at its poleward edge, where Mercator stretches it most.
   */
  private footprintSegments(state: GeodeticPoint, zoom: number): number {
    const radiusDeg = toDegrees(footprintAngle(state.altitudeKm));
    const pxPerDeg = (this.map.options.crs ?? L.CRS.EPSG3857).scale(zoom) / 360;
    const polewardDeg = Math.min(85, Math.abs(state.latitudeDeg) + radiusDeg);
    return circleSegments((radiusDeg * pxPerDeg) / Math.cos(toRadians(polewardDeg)), FOOTPRINT_GAP_PX);
  }

  private placeStation(latDeg: number, lonDeg: number): void {
    const lon = wrapLongitude(lonDeg);
    WORLD_OFFSETS.forEach((offset, i) => this.stations[i]?.setLatLng(latDeg, lon + offset));
  }

  private showStation(): void {
    if (this.visible) return;
    this.visible = true;
    for (const s of this.stations) s.addTo(this.map);
  }

  /** The marker alone goes: the track stays, with the band of where the station may be. */
  private hideMarker(): void {
    if (!this.visible) return;
    this.visible = false;
    for (const s of this.stations) s.remove();
  }

  private hideStation(): void {
    this.visible = false;
    for (const s of this.stations) s.remove();
    for (const l of [
      this.uncertaintyLine,
      this.behind,
      this.behindLive,
      this.aheadLive,
      this.aheadFirst,
      this.aheadRest,
      this.footprint,
      this.footprintOutline,
    ]) {
      (l as L.Polyline).setLatLngs([]);
    }
    this.footprintDrawnAt = null;
    this.liveEndsDrawnAt = null;
    this.builtForSampleMs = null;
  }

  private updateTrack(
    satrec: SatRec,
    simMs: EpochMs,
    liveEndsMoved: boolean,
    uncertainty: PredictionUncertainty | null,
  ): void {
    const periodMs = satrecPeriodMs(satrec);
    const {
      fromMs,
      firstOrbitEndMs: firstOrbitEnd,
      toMs,
    } = trackWindow(simMs, periodMs, this.orbitsAhead, this.orbitsBehind);
    if (this.track === null || !trackCovers(this.track, fromMs - TRACK_STEP_MS, toMs + TRACK_STEP_MS)) {
      // Re-sampled rarely: the window runs ahead of the station by a margin that scales with the clock speed.
      const marginMs = Math.min(6 * 3_600_000, Math.max(10 * 60_000, this.speed * 120_000));
      this.track = sampleTimedTrack(satrec, fromMs - TRACK_STEP_MS, toMs + marginMs, TRACK_STEP_MS);
      this.builtForSampleMs = null;
    }
    const track = this.track;
    const floorMs = sampleTimeAtOrBefore(track, simMs);
    const ceilMs = floorMs + TRACK_STEP_MS;
    const rebuild = floorMs !== this.builtForSampleMs;
    if (!rebuild && !liveEndsMoved) return;
    if (rebuild) {
      // A new sample was passed (every 30 s of shown time): rebuild the long lines.
      this.builtForSampleMs = floorMs;
      const behind = sliceTrack(track, fromMs, floorMs);
      const aheadFirst = sliceTrack(track, Math.min(ceilMs, firstOrbitEnd), firstOrbitEnd);
      const aheadRest = sliceTrack(track, firstOrbitEnd, toMs);
      this.behind.setLatLngs(onEveryCopy(behind));
      this.aheadFirst.setLatLngs(onEveryCopy(aheadFirst));
      this.aheadRest.setLatLngs(onEveryCopy(aheadRest));
      this.drawUncertainty(satrec, simMs, periodMs, uncertainty);
      if (this.trackProbe) this.trackProbe.dataset.segments = JSON.stringify([...behind, ...aheadFirst, ...aheadRest]);
    }
    // The short live ends that meet at the station move every tick.
    this.behindLive.setLatLngs(this.orbitsBehind > 0 ? onEveryCopy(sliceTrack(track, floorMs, simMs)) : []);
    this.aheadLive.setLatLngs(
      this.orbitsAhead > 0 ? onEveryCopy(sliceTrack(track, simMs, Math.min(ceilMs, toMs))) : [],
    );
  }

  /**
   * The stretch of track the station may be on: the shown time plus or minus the timing bound, or the whole orbit
   * once the elements cannot place it. Drawn only once it is longer than the marker, and with the long lines (every
   * 30 s of shown time): the bound grows by the day.
   */
  private drawUncertainty(
    satrec: SatRec,
    simMs: EpochMs,
    periodMs: number,
    uncertainty: PredictionUncertainty | null,
  ): void {
    const container = this.map.getContainer();
    if (uncertainty === null) {
      this.uncertaintyLine.setLatLngs([]);
      delete container.dataset.uncertainty;
      return;
    }
    const halfMs = uncertaintyHalfSpanMs(uncertainty, periodMs);
    const ends = [geodeticAt(satrec, simMs - halfMs), geodeticAt(satrec, simMs + halfMs)];
    const [a, b] = ends;
    const lengthPx =
      !uncertainty.placeable || !a || !b
        ? Infinity
        : this.map
            .project([a.latitudeDeg, a.longitudeDeg])
            .distanceTo(this.map.project([b.latitudeDeg, b.longitudeDeg]));
    const shown = !uncertainty.placeable || lengthPx > MARKER_PX;
    container.dataset.uncertainty = uncertainty.placeable ? (shown ? 'stretch' : 'within-marker') : 'whole-orbit';
    container.dataset.placeable = String(uncertainty.placeable);
    if (!shown) {
      this.uncertaintyLine.setLatLngs([]);
      return;
    }
    const stretch = sampleTimedTrack(satrec, simMs - halfMs, simMs + halfMs, Math.max(HIGHLIGHT_STEP_MS, halfMs / 120));
    this.uncertaintyLine.setLatLngs(onEveryCopy(sliceTrack(stretch, simMs - halfMs, simMs + halfMs)));
  }

  private refreshHighlight(): void {
    if (this.linesHeld) return;
    const span = this.highlight;
    if (this.satrec === null || span === null || !(span.toMs > span.fromMs)) {
      this.highlightLine.setLatLngs([]);
      return;
    }
    const track = sampleTimedTrack(this.satrec, span.fromMs, span.toMs, HIGHLIGHT_STEP_MS);
    this.highlightLine.setLatLngs(onEveryCopy(sliceTrack(track, span.fromMs, span.toMs)));
  }

  private recentre(how: 'glide' | 'ease' | 'jump'): void {
    if (!this.visible) return;
    const glideHead = this.glide[0];
    if (!glideHead) return;
    const map = this.map;
    const size = map.getSize();
    const centre = map.getCenter();
    // The copy of the station nearest the view, so following never swings the map round the world.
    let lng = glideHead[1];
    lng += Math.round((centre.lng - lng) / 360) * 360;
    const stationPx = map.project([glideHead[0], lng]);
    const centrePx = map.project(centre);
    // Across: keep the station centred. Up and down: only keep it within the middle half of the view, so at world
    // zoom the map does not sway with every orbit's swing between 52 N and 52 S.
    const slack = size.y / 4;
    const dx = stationPx.x - centrePx.x;
    const dyRaw = stationPx.y - centrePx.y;
    // Opening ('jump'), the station is centred both ways, as the server-drawn picture of the map has it
    // (map-picture.tsx), so the hand-over from picture to map does not move anything.
    const dy = how === 'jump' ? dyRaw : Math.abs(dyRaw) <= slack ? 0 : dyRaw - Math.sign(dyRaw) * slack;
    // Every pan ends in moveend (LazySvg spares the re-clip, the tile layer still works out its tiles): let the
    // station drift two pixels before following it. Switching follow on always moves.
    if (how === 'glide' && Math.abs(dx) < 2 && Math.abs(dy) < 2) return;
    if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return;
    const offset = L.point(dx, dy);
    // A pan of a few pixels is invisible as a jump, and animating it would repaint the whole map for a second.
    if (this.reducedMotion || how === 'jump' || (how === 'glide' && Math.abs(dx) + Math.abs(dy) < 4)) {
      map.panBy(offset, { animate: false });
    } else if (how === 'ease') {
      map.panBy(offset, { animate: true, duration: 0.6 });
    } else {
      // Ticks: glide with the marker over the next second, linearly like the marker.
      map.panBy(offset, { animate: true, duration: 1, easeLinearity: 1, noMoveStart: true });
    }
  }
}
