import { toRadians, type Degrees, type Kilometers } from '../units';
import type { LatLon } from '../geo/lat-lon';
import { capRings } from './spherical-cap';

/**
 * Spherical Earth for footprints: the IUGG mean radius, the usual choice for ground distances. Footprints are
 * drawn shapes; the ellipsoid changes them by a fraction of a percent.
 */
export const MEAN_EARTH_RADIUS_KM: Kilometers = 6371.0088;

/** Central angle (radians) from the sub-satellite point to the edge of the area seeing it above `minElevationDeg`. */
export function footprintAngle(altitudeKm: Kilometers, minElevationDeg: Degrees = 0): number {
  if (!(altitudeKm > 0)) return 0;
  const el = toRadians(minElevationDeg);
  const ratio = (MEAN_EARTH_RADIUS_KM * Math.cos(el)) / (MEAN_EARTH_RADIUS_KM + altitudeKm);
  return Math.max(0, Math.acos(Math.min(1, ratio)) - el);
}

/** Ground-arc radius of the area from which the satellite stands at least `minElevationDeg` above the horizon. */
export function footprintRadiusKm(altitudeKm: Kilometers, minElevationDeg: Degrees = 0): Kilometers {
  return MEAN_EARTH_RADIUS_KM * footprintAngle(altitudeKm, minElevationDeg);
}

/** Ground-arc diameter of the horizon footprint (what wheretheiss.at reports as `footprint`, km). */
export function footprintDiameterKm(altitudeKm: Kilometers): Kilometers {
  return 2 * footprintRadiusKm(altitudeKm, 0);
}

/**
 * Horizon footprint as rings for Leaflet polygons on a [-180, 180] map: two rings when it straddles the
 * antimeridian, one ring along the map's top or bottom edge when it holds a pole.
 */
export function footprintPolygons(
  centerLatDeg: Degrees,
  centerLonDeg: Degrees,
  altitudeKm: Kilometers,
  segments = 128,
): LatLon[][] {
  return capRings(centerLatDeg, centerLonDeg, footprintAngle(altitudeKm, 0), segments);
}
