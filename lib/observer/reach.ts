import { footprintAngle, MEAN_EARTH_RADIUS_KM } from '../orbit/footprint';
import { semiMajorAxisKm } from '../orbit/kepler';
import { toDegrees, type Degrees, type Kilometers } from '../units';

/** Highest altitude of the orbit (apogee) from the TLE's mean motion and eccentricity. */
export function apogeeAltitudeKm(meanMotionRevPerDay: number, eccentricity: number): Kilometers {
  return semiMajorAxisKm(meanMotionRevPerDay) * (1 + eccentricity) - MEAN_EARTH_RADIUS_KM;
}

/**
 * The farthest latitude from which the satellite can ever reach `minElevationDeg`: its ground track goes no
 * farther than the inclination (180 - i when retrograde), and it is seen up to a footprint's angle beyond.
 * Spherical Earth, apogee height: an upper bound, so "never" is never said wrongly.
 */
export function reachLatitudeDeg(
  inclinationDeg: Degrees,
  meanMotionRevPerDay: number,
  eccentricity: number,
  minElevationDeg: Degrees,
): Degrees {
  const trackLimit = inclinationDeg > 90 ? 180 - inclinationDeg : inclinationDeg;
  const reach =
    trackLimit + toDegrees(footprintAngle(apogeeAltitudeKm(meanMotionRevPerDay, eccentricity), minElevationDeg));
  return Math.min(90, reach);
}

export interface NoPassesContext {
  latitudeDeg: Degrees;
  inclinationDeg: Degrees;
  meanMotionRevPerDay: number;
  eccentricity: number;
  minElevationDeg: Degrees;
  days: number;
  /** True when the list is filtered to visible passes. */
  visibleOnly: boolean;
  /** Passes above the threshold exist, just none visible. */
  anyPass: boolean;
}

/**
 * Why the list is empty, as a case an observer can act on (components/passes/pass-words.ts words it):
 * - `neverRises`: beyond the orbit's reach even at the horizon (`horizonReachDeg`, north or south);
 * - `staysLow`: within reach, but never up to the minimum elevation;
 * - `noneVisible`: passes there are, none visible in the window;
 * - `noneHigh`: none reaches the threshold in the window.
 */
export type NoPassesCase =
  | { code: 'neverRises'; horizonReachDeg: Degrees }
  | { code: 'staysLow' }
  | { code: 'noneVisible' }
  | { code: 'noneHigh' };

export function noPassesCase(ctx: NoPassesContext): NoPassesCase {
  const horizonReachDeg = reachLatitudeDeg(ctx.inclinationDeg, ctx.meanMotionRevPerDay, ctx.eccentricity, 0);
  if (Math.abs(ctx.latitudeDeg) > horizonReachDeg) return { code: 'neverRises', horizonReachDeg };
  const reach = reachLatitudeDeg(ctx.inclinationDeg, ctx.meanMotionRevPerDay, ctx.eccentricity, ctx.minElevationDeg);
  if (Math.abs(ctx.latitudeDeg) > reach) return { code: 'staysLow' };
  if (ctx.visibleOnly && ctx.anyPass) return { code: 'noneVisible' };
  return { code: 'noneHigh' };
}
