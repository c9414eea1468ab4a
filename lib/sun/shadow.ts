import type { SatRec } from 'satellite.js';
import type { EpochMs, Vec3 } from '../units';
import { sgp4AtMs } from '../orbit/propagate';
import { sunPositionTemeKm } from './sun-position';

/** Spherical Earth of the conical shadow model (WGS84 equatorial radius), km. */
const SHADOW_EARTH_RADIUS_KM = 6378.137;
const SUN_RADIUS_KM = 695_700;

/**
 * Whether a satellite sees any of the Sun's disc: false only inside the umbra cone of a spherical Earth
 * (penumbra counts as sunlit, the usual rule for "can I see it shine").
 */
export function isSunlit(positionTemeKm: Vec3, atMs: EpochMs): boolean {
  return isSunlitWithSun(positionTemeKm, sunPositionTemeKm(atMs));
}

/** {@link isSunlit} with the Sun vector supplied, for callers that already hold it. */
export function isSunlitWithSun(r: Vec3, sun: Vec3): boolean {
  const rLen = Math.hypot(r.x, r.y, r.z);
  // Satellite to Sun, and satellite to Earth centre (-r).
  const sx = sun.x - r.x;
  const sy = sun.y - r.y;
  const sz = sun.z - r.z;
  const sLen = Math.hypot(sx, sy, sz);
  const cosSep = -(sx * r.x + sy * r.y + sz * r.z) / (sLen * rLen);
  if (cosSep <= 0) return true; // the Earth is behind the satellite as seen looking at the Sun
  const separation = Math.acos(Math.min(1, cosSep));
  const earthAngularRadius = Math.asin(Math.min(1, SHADOW_EARTH_RADIUS_KM / rLen));
  const sunAngularRadius = Math.asin(SUN_RADIUS_KM / sLen);
  return separation > earthAngularRadius - sunAngularRadius;
}

function sunlitAt(satrec: SatRec, atMs: EpochMs): boolean | null {
  const pv = sgp4AtMs(satrec, atMs);
  return pv === null ? null : isSunlit(pv.position, atMs);
}

/** Coarse step small enough not to step over the shortest eclipse a LEO satellite has near full-sun season. */
const SCAN_STEP_MS = 20_000;
const BISECT_TOLERANCE_MS = 50;

/**
 * Next orbital sunrise (sunlitAfter = true) or sunset (false) after `fromMs`, within `horizonMinutes`.
 * `atMs` is the first instant (to within 50 ms) with the new lighting. Null when nothing changes within the
 * horizon (e.g. a full-sun season) or SGP4 fails on the way.
 */
export function nextLightingChange(
  satrec: SatRec,
  fromMs: EpochMs,
  horizonMinutes = 200,
): { sunlitAfter: boolean; atMs: EpochMs } | null {
  const initial = sunlitAt(satrec, fromMs);
  if (initial === null) return null;
  const endMs = fromMs + horizonMinutes * 60_000;
  let lo = fromMs;
  while (lo < endMs) {
    const hi = Math.min(lo + SCAN_STEP_MS, endMs);
    const state = sunlitAt(satrec, hi);
    if (state === null) return null;
    if (state !== initial) {
      let a = lo;
      let b = hi;
      while (b - a > BISECT_TOLERANCE_MS) {
        const mid = (a + b) / 2;
        const m = sunlitAt(satrec, mid);
        if (m === null) return null;
        if (m === initial) a = mid;
        else b = mid;
      }
      return { sunlitAfter: state, atMs: b };
    }
    lo = hi;
  }
  return null;
}
