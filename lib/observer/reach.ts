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

interface NoPassesContext {
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

const fmt = (deg: number) => `${Math.round(Math.abs(deg) * 10) / 10}°`;

/** Why the list is empty, in words an observer can act on. */
export function noPassesReason(ctx: NoPassesContext): string {
  const hemisphere = ctx.latitudeDeg < 0 ? 'S' : 'N';
  const window = `the next ${ctx.days} day${ctx.days === 1 ? '' : 's'}`;
  const horizonReach = reachLatitudeDeg(ctx.inclinationDeg, ctx.meanMotionRevPerDay, ctx.eccentricity, 0);
  if (Math.abs(ctx.latitudeDeg) > horizonReach) {
    return (
      `The station never rises above your horizon at ${fmt(ctx.latitudeDeg)} ${hemisphere}: its orbit is inclined ` +
      `${fmt(ctx.inclinationDeg)}, so it can be seen only up to about ${fmt(horizonReach)} north or south.`
    );
  }
  const reach = reachLatitudeDeg(ctx.inclinationDeg, ctx.meanMotionRevPerDay, ctx.eccentricity, ctx.minElevationDeg);
  if (Math.abs(ctx.latitudeDeg) > reach) {
    return (
      `From ${fmt(ctx.latitudeDeg)} ${hemisphere} the station stays low on the horizon and never reaches ` +
      `${fmt(ctx.minElevationDeg)}: lower the minimum elevation to see its passes.`
    );
  }
  if (ctx.visibleOnly && ctx.anyPass) {
    return (
      `No visible passes in ${window}: the station passes over, but in daylight or in the Earth's shadow. ` +
      'Visible passes come in runs of a few days around dawn and dusk; try a longer window.'
    );
  }
  return `No passes reach ${fmt(ctx.minElevationDeg)} in ${window}. Try a lower minimum elevation or a longer window.`;
}
