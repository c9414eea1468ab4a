import { sunPos } from 'satellite.js';
import { toDegrees, toRadians, type Degrees, type EpochMs, type Vec3 } from '../units';
import { geodeticToEcef, gmstRad, temeToEcef } from '../orbit/geodetic';
import { julianDate } from '../orbit/time';

export const KM_PER_AU = 149_597_870.7;

/**
 * Geocentric Sun vector, km, in the frame SGP4 works in. Vallado's low-precision series (satellite.js `sunPos`)
 * is good to about 0.01 deg, far inside what shadow timing (about 1 s per 0.06 deg) and twilight rules need; its
 * equinox-of-date frame and TEME differ only by the equation of the equinoxes (< 0.005 deg).
 */
export function sunPositionTemeKm(atMs: EpochMs): Vec3 {
  const { rsun } = sunPos(julianDate(atMs));
  return { x: rsun.x * KM_PER_AU, y: rsun.y * KM_PER_AU, z: rsun.z * KM_PER_AU };
}

/** Geocentric Sun vector in the Earth-fixed frame, km. */
export function sunPositionEcefKm(atMs: EpochMs): Vec3 {
  return temeToEcef(sunPositionTemeKm(atMs), gmstRad(atMs));
}

/**
 * The point on the WGS84 ellipsoid where the Sun stands at the zenith. The Sun is far enough away that the
 * ellipsoid normal there is parallel to the Sun direction, so the geodetic latitude is the direction's
 * elevation above the equator plane.
 */
export function subsolarPoint(atMs: EpochMs): { latitudeDeg: Degrees; longitudeDeg: Degrees } {
  const s = sunPositionEcefKm(atMs);
  return {
    latitudeDeg: toDegrees(Math.atan2(s.z, Math.hypot(s.x, s.y))),
    longitudeDeg: toDegrees(Math.atan2(s.y, s.x)),
  };
}

/**
 * Geometric altitude of the Sun's centre (no refraction) for an observer on the WGS84 ellipsoid, measured from
 * the plane normal to the ellipsoid (the observer's horizon), including the observer's parallax.
 */
export function sunAltitudeDeg(latitudeDeg: Degrees, longitudeDeg: Degrees, atMs: EpochMs): Degrees {
  const sun = sunPositionEcefKm(atMs);
  const obs = geodeticToEcef(latitudeDeg, longitudeDeg, 0);
  const dx = sun.x - obs.x;
  const dy = sun.y - obs.y;
  const dz = sun.z - obs.z;
  const lat = toRadians(latitudeDeg);
  const lon = toRadians(longitudeDeg);
  const cosLat = Math.cos(lat);
  const up = Math.cos(lon) * cosLat * dx + Math.sin(lon) * cosLat * dy + Math.sin(lat) * dz;
  return toDegrees(Math.asin(up / Math.hypot(dx, dy, dz)));
}
