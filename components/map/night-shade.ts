import L from 'leaflet';
import { NIGHT_BANDS_DEG, NIGHT_SEGMENTS } from '@/app-logic/map/map-geometry';
import { nightPolygons } from '@/lib/sun/terminator';
import type { EpochMs } from '@/lib/units';
import { LazySvg } from './lazy-svg';
import { NIGHT } from './palette';
import { onEveryCopy } from './world-copies';

/** The terminator moves 0.25 deg a minute: redrawing more often than this changes nothing visible. */
const REFRESH_SIM_MS = 60_000;
/**
 * At ?speed= the shown minute passes in a fraction of a second; repainting four map-sized translucent fills every
 * tick would cost more than the motion is worth, so redraw at most this often in real time (unless time jumped).
 */
const MIN_REFRESH_REAL_MS = 4_000;
const JUMP_SIM_MS = 30 * 60_000;

/**
 * Night as four nested translucent polygons, so twilight fades in steps toward the darkest area. Each band is one
 * SVG path holding all its pieces on all world copies, which keeps the seams at +/-180 invisible.
 */
export class NightShade {
  private readonly bands: L.Polygon[];
  private drawnAtMs: EpochMs | null = null;
  private drawnAtRealMs = 0;

  constructor(map: L.Map, pane: string) {
    const renderer = new LazySvg({ pane, padding: 0.5 });
    this.bands = NIGHT_BANDS_DEG.map(() =>
      L.polygon([], {
        pane,
        renderer,
        stroke: false,
        fillColor: NIGHT,
        fillOpacity: 0.24,
        interactive: false,
        smoothFactor: 1.5,
      }).addTo(map),
    );
  }

  /** Call every tick; it redraws only when the shown time has moved a minute (or jumped). */
  update(simMs: EpochMs): void {
    if (this.drawnAtMs !== null) {
      const simStep = Math.abs(simMs - this.drawnAtMs);
      if (simStep < REFRESH_SIM_MS) return;
      if (simStep < JUMP_SIM_MS && performance.now() - this.drawnAtRealMs < MIN_REFRESH_REAL_MS) return;
    }
    this.drawnAtMs = simMs;
    this.drawnAtRealMs = performance.now();
    NIGHT_BANDS_DEG.forEach((altitudeDeg, i) => {
      this.bands[i]?.setLatLngs(onEveryCopy(nightPolygons(simMs, altitudeDeg, NIGHT_SEGMENTS)));
    });
  }

  remove(): void {
    for (const band of this.bands) band.remove();
  }
}
