import { toRadians, type Degrees, type EpochMs, type Kilometers, type Radians, type Vec3 } from '../units';
import { geodeticToEcef } from '../orbit/geodetic';
import type { Observer } from './types';

/** Earth's rotation rate (the rate of GMST), rad/s: turns a TEME velocity into an Earth-fixed one. */
export const EARTH_ROTATION_RAD_PER_SEC = 7.292115146706979e-5;

/**
 * An observer fixed to the Earth: position on the WGS84 ellipsoid and the local east/north/up axes
 * (up is the ellipsoid normal, so elevations are measured from the geodetic horizon).
 */
export interface ObserverFrame {
  ecefKm: Vec3;
  /** Distance of the observer from the Earth's centre. */
  radiusKm: Kilometers;
  east: Vec3;
  north: Vec3;
  up: Vec3;
}

export function observerFrame(observer: Observer): ObserverFrame {
  const lat = toRadians(observer.latitudeDeg);
  const lon = toRadians(observer.longitudeDeg);
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const sinLon = Math.sin(lon);
  const cosLon = Math.cos(lon);
  const ecefKm = geodeticToEcef(observer.latitudeDeg, observer.longitudeDeg, observer.heightM / 1000);
  return {
    ecefKm,
    radiusKm: Math.hypot(ecefKm.x, ecefKm.y, ecefKm.z),
    east: { x: -sinLon, y: cosLon, z: 0 },
    north: { x: -sinLat * cosLon, y: -sinLat * sinLon, z: cosLat },
    up: { x: cosLat * cosLon, y: cosLat * sinLon, z: sinLat },
  };
}

export interface LookAngles {
  azimuthDeg: Degrees;
  elevationDeg: Degrees;
  rangeKm: Kilometers;
}

/** Topocentric azimuth (clockwise from true north), geometric elevation and slant range. */
export function lookAnglesFromEcef(positionEcefKm: Vec3, frame: ObserverFrame): LookAngles {
  const dx = positionEcefKm.x - frame.ecefKm.x;
  const dy = positionEcefKm.y - frame.ecefKm.y;
  const dz = positionEcefKm.z - frame.ecefKm.z;
  const rangeKm = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const e = dx * frame.east.x + dy * frame.east.y + dz * frame.east.z;
  const n = dx * frame.north.x + dy * frame.north.y + dz * frame.north.z;
  const u = dx * frame.up.x + dy * frame.up.y + dz * frame.up.z;
  const azimuthDeg = (Math.atan2(e, n) * 180) / Math.PI;
  return {
    azimuthDeg: azimuthDeg < 0 ? azimuthDeg + 360 : azimuthDeg,
    elevationDeg: (Math.asin(Math.max(-1, Math.min(1, u / rangeKm))) * 180) / Math.PI,
    rangeKm,
  };
}

/** Look angles plus what the pass search needs to bracket extrema and step safely. */
export interface TopocentricState extends LookAngles {
  atMs: EpochMs;
  positionTemeKm: Vec3;
  /** d(sin elevation)/dt, 1/s: same sign as the elevation rate and smooth through the zenith. */
  sinElevationRatePerSec: number;
  /** Elevation rate, deg/s (infinite at the zenith; use the sine rate for root finding there). */
  elevationRateDegPerSec: number;
  /** Geocentric angle between the satellite and the observer, rad. */
  centralAngleRad: Radians;
  /** Distance of the satellite from the Earth's centre. */
  radiusKm: Kilometers;
  /**
   * Geocentric angle between the observer and the satellite's (osculating) orbital plane, rad, unsigned:
   * a lower bound on centralAngleRad for the whole orbit, and it changes only as fast as the Earth turns.
   */
  orbitPlaneAngleRad: Radians;
  /**
   * Angle along the orbit, in the direction of motion, from the point of the orbit nearest the observer
   * to the satellite, [0, 2 pi): just past the observer it is small, about to arrive it is near 2 pi.
   */
  alongTrackRad: Radians;
}

export function topocentricState(
  atMs: EpochMs,
  positionTemeKm: Vec3,
  velocityTemeKmPerSec: Vec3,
  gmstRad: Radians,
  frame: ObserverFrame,
): TopocentricState {
  const c = Math.cos(gmstRad);
  const s = Math.sin(gmstRad);
  const px = c * positionTemeKm.x + s * positionTemeKm.y;
  const py = -s * positionTemeKm.x + c * positionTemeKm.y;
  const pz = positionTemeKm.z;
  // Inertial velocity in Earth-fixed axes, then the Earth-fixed velocity (minus omega x r).
  const ix = c * velocityTemeKmPerSec.x + s * velocityTemeKmPerSec.y;
  const iy = -s * velocityTemeKmPerSec.x + c * velocityTemeKmPerSec.y;
  const vz = velocityTemeKmPerSec.z;
  const vx = ix + EARTH_ROTATION_RAD_PER_SEC * py;
  const vy = iy - EARTH_ROTATION_RAD_PER_SEC * px;
  // Orbit normal r x v (inertial), expressed in Earth-fixed axes like the observer.
  const hx = py * vz - pz * iy;
  const hy = pz * ix - px * vz;
  const hz = px * iy - py * ix;

  const dx = px - frame.ecefKm.x;
  const dy = py - frame.ecefKm.y;
  const dz = pz - frame.ecefKm.z;
  const rangeKm = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const e = dx * frame.east.x + dy * frame.east.y + dz * frame.east.z;
  const n = dx * frame.north.x + dy * frame.north.y + dz * frame.north.z;
  const u = dx * frame.up.x + dy * frame.up.y + dz * frame.up.z;
  const sinEl = Math.max(-1, Math.min(1, u / rangeKm));
  const upRate = vx * frame.up.x + vy * frame.up.y + vz * frame.up.z;
  const rangeRate = (dx * vx + dy * vy + dz * vz) / rangeKm;
  const sinElevationRatePerSec = upRate / rangeKm - (sinEl * rangeRate) / rangeKm;
  const cosEl = Math.sqrt(1 - sinEl * sinEl);
  const radiusKm = Math.sqrt(px * px + py * py + pz * pz);
  const cosCentral = (px * frame.ecefKm.x + py * frame.ecefKm.y + pz * frame.ecefKm.z) / (radiusKm * frame.radiusKm);
  const hNorm = Math.sqrt(hx * hx + hy * hy + hz * hz);
  const ox = frame.ecefKm.x / frame.radiusKm;
  const oy = frame.ecefKm.y / frame.radiusKm;
  const oz = frame.ecefKm.z / frame.radiusKm;
  const sinPlane = (hx * ox + hy * oy + hz * oz) / hNorm;
  // (o x s) . h, with s and h unnormalised; the atan2 below only needs the ratio to cos(central).
  const sinAlong =
    ((oy * pz - oz * py) * hx + (oz * px - ox * pz) * hy + (ox * py - oy * px) * hz) / (hNorm * radiusKm);
  const alongTrack = Math.atan2(sinAlong, cosCentral);
  let azimuthDeg = (Math.atan2(e, n) * 180) / Math.PI;
  if (azimuthDeg < 0) azimuthDeg += 360;
  return {
    atMs,
    positionTemeKm,
    azimuthDeg,
    elevationDeg: (Math.asin(sinEl) * 180) / Math.PI,
    rangeKm,
    sinElevationRatePerSec,
    elevationRateDegPerSec: cosEl > 0 ? ((sinElevationRatePerSec / cosEl) * 180) / Math.PI : Infinity,
    centralAngleRad: Math.acos(Math.max(-1, Math.min(1, cosCentral))),
    radiusKm,
    orbitPlaneAngleRad: Math.asin(Math.min(1, Math.abs(sinPlane))),
    alongTrackRad: alongTrack < 0 ? alongTrack + 2 * Math.PI : alongTrack,
  };
}
