import { gstime } from 'satellite.js';
import { toDegrees, toRadians, type Degrees, type EpochMs, type Kilometers, type Radians, type Vec3 } from '../units';
import { julianDate } from './time';

/** WGS84 ellipsoid. */
export const WGS84_A_KM: Kilometers = 6378.137;
const WGS84_F = 1 / 298.257223563;
export const WGS84_E2 = WGS84_F * (2 - WGS84_F);
const E4 = WGS84_E2 * WGS84_E2;
const A2 = WGS84_A_KM * WGS84_A_KM;

interface Geodetic {
  latitudeDeg: Degrees;
  longitudeDeg: Degrees;
  altitudeKm: Kilometers;
}

/** Greenwich mean sidereal time (IAU-82, Vallado `gstime`, UT1 = UTC): the TEME to Earth-fixed rotation angle. */
export function gmstRad(atMs: EpochMs): Radians {
  return gstime(julianDate(atMs));
}

/** Rotate a TEME vector into the Earth-fixed frame (no polar motion, as SGP4 users conventionally do). */
export function temeToEcef(rTeme: Vec3, gmst: Radians): Vec3 {
  const c = Math.cos(gmst);
  const s = Math.sin(gmst);
  return { x: c * rTeme.x + s * rTeme.y, y: -s * rTeme.x + c * rTeme.y, z: rTeme.z };
}

/**
 * Earth-fixed Cartesian (km) to WGS84 geodetic, closed form after Vermeille (2004), "Direct transformation
 * from geocentric coordinates to geodetic coordinates", J. Geodesy 76:451-454. No iteration, so the cost is
 * fixed and the 1 Hz tick and ground-track sampling stay cheap. Exact for any point more than ~43 km
 * (a * e^2) from the Earth's centre, i.e. outside the evolute: every satellite and every point on or near the
 * surface, including the poles and negative heights.
 */
export function ecefToGeodetic(ecefKm: Vec3): Geodetic {
  const out: Geodetic = { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
  ecefToGeodeticInto(ecefKm.x, ecefKm.y, ecefKm.z, out);
  return out;
}

/** Allocation-free core of {@link ecefToGeodetic}; writes into `out` and returns it. */
export function ecefToGeodeticInto<T extends Geodetic>(x: number, y: number, z: number, out: T): T {
  const rho2 = x * x + y * y;
  const p = rho2 / A2;
  const q = ((1 - WGS84_E2) / A2) * z * z;
  const r = (p + q - E4) / 6;
  const s = (E4 * p * q) / (4 * r * r * r);
  const t = Math.cbrt(1 + s + Math.sqrt(s * (2 + s)));
  const u = r * (1 + t + 1 / t);
  const v = Math.sqrt(u * u + E4 * q);
  const w = (WGS84_E2 * (u + v - q)) / (2 * v);
  const k = Math.sqrt(u + v + w * w) - w;
  const rho = Math.sqrt(rho2);
  const d = (k * rho) / (k + WGS84_E2);
  const dz = Math.sqrt(d * d + z * z);
  // Half-angle form stays well conditioned at the equator and the poles alike.
  out.latitudeDeg = toDegrees(2 * Math.atan2(z, d + dz));
  out.longitudeDeg = toDegrees(Math.atan2(y, x));
  out.altitudeKm = ((k + WGS84_E2 - 1) / k) * dz;
  return out;
}

/** WGS84 geodetic to Earth-fixed Cartesian, km. */
export function geodeticToEcef(latitudeDeg: Degrees, longitudeDeg: Degrees, heightKm: Kilometers): Vec3 {
  const lat = toRadians(latitudeDeg);
  const lon = toRadians(longitudeDeg);
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const n = WGS84_A_KM / Math.sqrt(1 - WGS84_E2 * sinLat * sinLat);
  return {
    x: (n + heightKm) * cosLat * Math.cos(lon),
    y: (n + heightKm) * cosLat * Math.sin(lon),
    z: (n * (1 - WGS84_E2) + heightKm) * sinLat,
  };
}
