// Shared by the pass tests only (not exported from index.ts): the reference TLE, fixture loading and an
// independent brute-force scan to check the search against.
import { readFileSync } from 'node:fs';
import { parseTleText } from '../lib/tle';
import { createSatrec } from '../lib/orbit/satrec';
import type { SatRec } from 'satellite.js';
import type { EpochMs } from '../lib/units';
import { Tracker } from '../lib/passes/tracker';
import type { Observer } from '../lib/passes/types';

export const REFERENCE_TLE = `ISS (ZARYA)
1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998
2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526`;

export function referenceSatrec(): SatRec {
  const tle = parseTleText(REFERENCE_TLE)[0];
  if (!tle) throw new Error('reference TLE did not parse');
  return createSatrec(tle);
}

export interface RefVisible {
  any_part_visible: boolean;
  visible_start?: string;
  visible_end?: string;
  visible_start_el_deg?: number;
  visible_end_el_deg?: number;
  /** Highest elevation of the visible part (Skyfield, 10 s samples and the part's ends). */
  visible_max_el_deg?: number;
}

/**
 * The label the reference implies under our rule: visible when its geometric visible part climbs to
 * `minVisibleElevationDeg` (Heavens-Above's 10 degrees by default).
 */
export function referenceVisible(rv: RefVisible | undefined, minVisibleElevationDeg = 10): boolean {
  return !!rv?.any_part_visible && (rv.visible_max_el_deg ?? -90) >= minVisibleElevationDeg;
}

export interface RefPass {
  rise: string;
  culmination: string;
  set: string;
  max_elevation_deg: number;
  rise_az_deg?: number;
  set_az_deg?: number;
  culmination_az_deg?: number;
  culmination_range_km?: number;
  part_visible_geometric?: RefVisible;
}

export interface RefFile {
  observer: { name: string; lat_deg: number; lon_deg: number; elevation_m: number };
  window_start: string;
  window_end: string;
  passes: RefPass[];
  passes_below_10deg: RefPass[];
}

export function loadReference(city: 'london' | 'houston' | 'sydney'): RefFile {
  return JSON.parse(readFileSync(new URL(`./fixtures/passes-${city}.json`, import.meta.url), 'utf8')) as RefFile;
}

export const observerOf = (ref: RefFile): Observer => ({
  latitudeDeg: ref.observer.lat_deg,
  longitudeDeg: ref.observer.lon_deg,
  heightM: ref.observer.elevation_m,
  name: ref.observer.name,
});

export interface ScannedPass {
  riseMs: EpochMs;
  setMs: EpochMs;
  maxElevationDeg: number;
}

/**
 * Plain fixed-step scan of the elevation (no bracketing, no skipping): the naive method the search
 * must agree with. Misses only passes shorter than the step.
 */
export function bruteForcePasses(
  satrec: SatRec,
  observer: Observer,
  fromMs: EpochMs,
  toMs: EpochMs,
  stepMs: number,
): ScannedPass[] {
  const tracker = new Tracker(satrec, observer);
  const out: ScannedPass[] = [];
  let current: ScannedPass | null = null;
  for (let t = fromMs; t <= toMs; t += stepMs) {
    const p = tracker.at(t);
    const el = p ? p.elevationDeg : -90;
    if (el >= 0) {
      if (!current) current = { riseMs: t, setMs: t, maxElevationDeg: el };
      current.setMs = t;
      current.maxElevationDeg = Math.max(current.maxElevationDeg, el);
    } else if (current) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}
