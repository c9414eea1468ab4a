import L from 'leaflet';
import type { LonLat } from '@/lib/geo/lat-lon';
import type { BasemapGeometry } from '@/lib/geo/basemap';
import { mercatorX, mercatorY } from '@/lib/geo/web-mercator';
import { BORDER, COAST, EQUATOR, GRATICULE, LAND, OCEAN } from './palette';
import { runInSlices } from './yield-to-main';

/** Shapes in Web Mercator world units (0..1 across and down), with boxes for picking what a tile needs. */
interface Shape {
  /** x0, y0, x1, y1, ... per ring. */
  rings: Float64Array[];
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface ProjectedBasemap {
  land: Shape[];
  coastlines: Shape[];
  borders: Shape[];
}

const TILE = 256;

function projectRings(rings: readonly (readonly LonLat[])[]): Shape {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const out: Float64Array[] = [];
  for (const ring of rings) {
    const xy = new Float64Array(ring.length * 2);
    for (let i = 0; i < ring.length; i++) {
      const point = ring[i] as LonLat;
      const x = mercatorX(point[0]);
      const y = mercatorY(point[1]);
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    out.push(xy);
  }
  return { rings: out, minX, minY, maxX, maxY };
}

const projectedCache = new WeakMap<BasemapGeometry, ProjectedBasemap>();

/** The projection at once, when the layer is created before {@link prepareBasemapProjection} has finished. */
function projectBasemap(geometry: BasemapGeometry): ProjectedBasemap {
  const cached = projectedCache.get(geometry);
  if (cached) return cached;
  const steps = projectionSteps(geometry);
  let step = steps.next();
  while (!step.done) step = steps.next();
  projectedCache.set(geometry, step.value);
  return step.value;
}

function* projectionSteps(geometry: BasemapGeometry): Generator<void, ProjectedBasemap, void> {
  const land: Shape[] = [];
  for (const polygon of geometry.land) {
    land.push(projectRings(polygon));
    yield;
  }
  const coastlines: Shape[] = [];
  for (const line of geometry.coastlines) {
    coastlines.push(projectRings([line]));
    yield;
  }
  const borders: Shape[] = [];
  for (const line of geometry.borders) {
    borders.push(projectRings([line]));
    yield;
  }
  return { land, coastlines, borders };
}

/**
 * Projects the basemap ahead of the layer, in short tasks (the 50m land alone is ~60,000 vertices), so that
 * creating the layer is then immediate. Resolves once the projection is cached.
 */
export async function prepareBasemapProjection(geometry: BasemapGeometry): Promise<void> {
  if (projectedCache.has(geometry)) return;
  const projected = await runInSlices(projectionSteps(geometry));
  if (!projectedCache.has(geometry)) projectedCache.set(geometry, projected);
}

/**
 * Trace shapes that touch the tile into the current path. Vertices closer than half a pixel to the last one
 * kept are skipped: at world zoom most of the 50m coast collapses into a few pixels.
 */
function traceShapes(
  ctx: CanvasRenderingContext2D,
  shapes: readonly Shape[],
  scale: number,
  originX: number,
  originY: number,
  closed: boolean,
): void {
  const pad = 2 / scale;
  const tileMinX = originX / scale - pad;
  const tileMaxX = (originX + TILE) / scale + pad;
  const tileMinY = originY / scale - pad;
  const tileMaxY = (originY + TILE) / scale + pad;
  for (const shape of shapes) {
    if (shape.maxX < tileMinX || shape.minX > tileMaxX || shape.maxY < tileMinY || shape.minY > tileMaxY) continue;
    for (const xy of shape.rings) {
      const n = xy.length / 2;
      if (n < 2) continue;
      let lastX = (xy[0] as number) * scale - originX;
      let lastY = (xy[1] as number) * scale - originY;
      ctx.moveTo(lastX, lastY);
      for (let i = 1; i < n; i++) {
        const x = (xy[2 * i] as number) * scale - originX;
        const y = (xy[2 * i + 1] as number) * scale - originY;
        if (i < n - 1 && Math.abs(x - lastX) + Math.abs(y - lastY) < 0.5) continue;
        ctx.lineTo(x, y);
        lastX = x;
        lastY = y;
      }
      if (closed) ctx.closePath();
    }
  }
}

/** Meridians and parallels every `stepDeg`, the equator left out (it gets its own, stronger line). */
function traceGraticule(
  ctx: CanvasRenderingContext2D,
  scale: number,
  originX: number,
  originY: number,
  stepDeg: number,
) {
  for (let lon = -180; lon <= 180; lon += stepDeg) {
    const x = ((lon + 180) / 360) * scale - originX;
    if (x < -1 || x > TILE + 1) continue;
    ctx.moveTo(x, 0);
    ctx.lineTo(x, TILE);
  }
  for (let lat = -90 + stepDeg; lat < 90; lat += stepDeg) {
    if (lat !== 0) traceParallel(ctx, scale, originY, lat);
  }
}

function traceParallel(ctx: CanvasRenderingContext2D, scale: number, originY: number, latDeg: number) {
  const y = mercatorY(latDeg) * scale - originY;
  if (y < -1 || y > TILE + 1) return;
  ctx.moveTo(0, y);
  ctx.lineTo(TILE, y);
}

export interface BasemapDrawStats {
  tiles: number;
  totalMs: number;
}

/** Natural Earth drawn client-side into canvas tiles: Leaflet caches them, so panning redraws nothing. */
export class VectorBasemapLayer extends L.GridLayer {
  private readonly projected: ProjectedBasemap;
  readonly stats: BasemapDrawStats = { tiles: 0, totalMs: 0 };

  constructor(geometry: BasemapGeometry, options: L.GridLayerOptions = {}) {
    super({ tileSize: TILE, noWrap: false, updateWhenZooming: false, keepBuffer: 3, ...options });
    this.projected = projectBasemap(geometry);
  }

  /**
   * Tiles are drawn one per task (a 50m tile takes a few milliseconds): the 20-odd tiles of a first view would
   * otherwise block the main thread for tens of milliseconds at once, right when the page becomes interactive.
   */
  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    scheduleTileDraw(() => {
      // Removed from the map before its turn (zoomed away, layer removed): nothing to draw.
      if (this._map) this.drawTile(canvas, coords);
      done(undefined, canvas);
    });
    return canvas;
  }

  private drawTile(canvas: HTMLCanvasElement, coords: L.Coords): void {
    const started = performance.now();
    // Draw at least at 2x: fractional zoom stretches tiles up to ~1.4x and 1x lines would go soft.
    const ratio = Math.min(3, Math.max(2, window.devicePixelRatio || 1));
    canvas.width = TILE * ratio;
    canvas.height = TILE * ratio;
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const scale = TILE * 2 ** coords.z;
    const originX = coords.x * TILE;
    const originY = coords.y * TILE;

    ctx.fillStyle = OCEAN;
    ctx.fillRect(0, 0, TILE, TILE);

    const gratStep = coords.z >= 5 ? 10 : coords.z >= 3 ? 15 : 30;
    ctx.beginPath();
    traceGraticule(ctx, scale, originX, originY, gratStep);
    ctx.strokeStyle = GRATICULE;
    ctx.lineWidth = 0.6;
    ctx.stroke();

    ctx.beginPath();
    traceParallel(ctx, scale, originY, 0);
    ctx.strokeStyle = EQUATOR;
    ctx.lineWidth = 0.7;
    ctx.stroke();

    ctx.beginPath();
    traceShapes(ctx, this.projected.land, scale, originX, originY, true);
    ctx.fillStyle = LAND;
    ctx.fill('evenodd');

    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.beginPath();
    traceShapes(ctx, this.projected.borders, scale, originX, originY, false);
    ctx.strokeStyle = BORDER;
    ctx.lineWidth = coords.z >= 4 ? 0.8 : 0.6;
    ctx.stroke();

    ctx.beginPath();
    traceShapes(ctx, this.projected.coastlines, scale, originX, originY, false);
    ctx.strokeStyle = COAST;
    ctx.lineWidth = coords.z >= 4 ? 1.1 : 0.8;
    ctx.stroke();

    const elapsedMs = performance.now() - started;
    this.stats.tiles += 1;
    this.stats.totalMs += elapsedMs;
    (globalThis as { __orbitWatchPerf?: { tileMs?: number[] } }).__orbitWatchPerf?.tileMs?.push(elapsedMs);
  }
}

const pendingDraws: Array<() => void> = [];
let drawChannel: MessageChannel | null = null;

/** Runs queued tile draws one per macrotask (a message, not setTimeout: no 4 ms clamp between tiles). */
function scheduleTileDraw(draw: () => void): void {
  pendingDraws.push(draw);
  if (pendingDraws.length > 1) return;
  if (drawChannel === null) {
    drawChannel = new MessageChannel();
    drawChannel.port1.onmessage = () => {
      pendingDraws.shift()?.();
      if (pendingDraws.length > 0) drawChannel?.port2.postMessage(null);
    };
  }
  drawChannel.port2.postMessage(null);
}
