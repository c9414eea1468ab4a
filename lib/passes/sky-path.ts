import type { SatRec } from 'satellite.js';
import type { Seconds } from '../units';
import { toSkyPoint } from './find-passes';
import { REFRACTED_HORIZON_TRUE_DEG } from './refraction';
import { Tracker } from './tracker';
import type { Observer, Pass, SkyPoint } from './types';
import { isDarkSky, isSatelliteSunlit } from './visibility';

export interface PathPoint extends SkyPoint {
  /** Outside the Earth's umbra. */
  sunlit: boolean;
  /** Sunlit, Sun at or below -6 deg for the observer, and above the horizon. */
  visible: boolean;
}

/**
 * The pass's track across the sky for a chart: samples from rise to set every `stepSec`, always
 * including the exact rise and set. Use the same `refraction` setting as the search that found the pass.
 */
export function passPath(
  satrec: SatRec,
  observer: Observer,
  pass: Pass,
  stepSec: Seconds = 10,
  options: { refraction?: boolean } = {},
): PathPoint[] {
  const refraction = options.refraction ?? false;
  const horizonDeg = refraction ? REFRACTED_HORIZON_TRUE_DEG : 0;
  const tracker = new Tracker(satrec, observer);
  const stepMs = Math.max(stepSec, 0.1) * 1000;
  const startMs = pass.rise.atMs;
  const endMs = pass.set.atMs;
  const times: number[] = [];
  for (let t = startMs; t < endMs; t += stepMs) times.push(t);
  times.push(endMs);
  const path: PathPoint[] = [];
  for (const t of times) {
    const p = tracker.at(t);
    if (!p) continue;
    const sunlit = isSatelliteSunlit(p);
    // Rise and set sit on the horizon by construction; keep them on it despite the last-ms rounding.
    const above = t === startMs || t === endMs || p.elevationDeg >= horizonDeg;
    path.push({ ...toSkyPoint(p, refraction), sunlit, visible: sunlit && above && isDarkSky(tracker, t) });
  }
  return path;
}
