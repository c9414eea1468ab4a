import { toRadians, type Degrees, type EpochMs } from '../units';
import type { LatLon } from '../geo/lat-lon';
import { capRings } from '../orbit/spherical-cap';
import { subsolarPoint } from './sun-position';

const DEFAULT_SEGMENTS = 360;

/**
 * Rings of the area where the Sun's centre is below `sunAltitudeDeg` (0 = night, -6/-12/-18 = civil/nautical/
 * astronomical darkness), on a spherical Earth, for a [-180, 180] map. The area is the cap of radius
 * 90 deg + altitude around the antisolar point: one ring closed along the dark pole's map edge when it holds
 * that pole, otherwise a ring per side of the antimeridian. Valid for altitudes from -90 to 0 deg.
 */
export function nightPolygons(atMs: EpochMs, sunAltitudeDeg: Degrees = 0, segments = DEFAULT_SEGMENTS): LatLon[][] {
  if (sunAltitudeDeg > 0 || sunAltitudeDeg < -90) {
    throw new RangeError(`sun altitude ${sunAltitudeDeg} deg is outside -90..0`);
  }
  const sub = subsolarPoint(atMs);
  return capRings(-sub.latitudeDeg, sub.longitudeDeg + 180, toRadians(90 + sunAltitudeDeg), segments);
}
