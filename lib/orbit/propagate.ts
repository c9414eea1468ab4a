import { sgp4, type SatRec } from 'satellite.js';
import {
  MS_PER_DAY,
  toDegrees,
  type Degrees,
  type EpochMs,
  type Kilometers,
  type KmPerSecond,
  type Radians,
  type Vec3,
} from '../units';
import { WGS84_A_KM, WGS84_E2, ecefToGeodeticInto, gmstRad as gmstRadAt, temeToEcef } from './geodetic';
import { JD_UNIX_EPOCH } from './time';
import { gmst82Rad, nearEarthConstantsOf, newTemeStateOut, sgp4NearEarth } from './sgp4-near-earth';

export interface GeodeticPoint {
  latitudeDeg: Degrees;
  longitudeDeg: Degrees;
  /** Height above the WGS84 ellipsoid. */
  altitudeKm: Kilometers;
}

export interface SatState extends GeodeticPoint {
  atMs: EpochMs;
  positionTemeKm: Vec3;
  velocityTemeKmPerSec: Vec3;
  positionEcefKm: Vec3;
  gmstRad: Radians;
  /** Inertial speed |v| in TEME, what wheretheiss.at reports as "velocity". */
  speedKmPerSec: KmPerSecond;
  /** Direction the sub-satellite point moves over the ground, 0 = north, clockwise, [0, 360). */
  headingDeg: Degrees;
}

interface TemePositionVelocity {
  position: Vec3;
  velocity: Vec3;
}

/** Earth's rotation rate relative to the equinox, rad/s (the rate of GMST). */
const EARTH_ROTATION_RAD_PER_SEC = 7.292115146706979e-5;

const temeScratch = newTemeStateOut();

/** SGP4 at minutes since the TLE epoch; null when SGP4 reports an error (decay, bad elements). */
export function propagateMinutes(satrec: SatRec, minutesSinceEpoch: number): TemePositionVelocity | null {
  // The pass search, the shadow search and the tick call this thousands of times per element set: near-Earth
  // sets take the lean SGP4 (same numbers as satellite.js's to 1e-8 km, a fraction of the cost).
  const k = nearEarthConstantsOf(satrec);
  if (k !== null) {
    const code = sgp4NearEarth(k, minutesSinceEpoch, temeScratch);
    satrec.error = code as SatRec['error'];
    if (code !== 0) return null;
    return {
      position: { x: temeScratch.rxKm, y: temeScratch.ryKm, z: temeScratch.rzKm },
      velocity: { x: temeScratch.vxKmPerSec, y: temeScratch.vyKmPerSec, z: temeScratch.vzKmPerSec },
    };
  }
  const pv = sgp4(satrec, minutesSinceEpoch);
  if (pv === null || satrec.error !== 0) return null;
  return { position: pv.position, velocity: pv.velocity };
}

const epochMsCache = new WeakMap<SatRec, EpochMs>();

/**
 * The element set's epoch as Unix ms, from the TLE's own year and fractional day. satellite.js keeps the epoch
 * as a single Julian date, which rounds it to ~40 us (0.3 m of ISS motion); this keeps it to the microsecond.
 */
let lastSatrec: SatRec | null = null;
let lastEpochMs = 0;

function epochMsOf(satrec: SatRec): EpochMs {
  // Tracks and the tick call this for one satrec many times in a row: skip the WeakMap lookup then.
  if (satrec === lastSatrec) return lastEpochMs;
  let epochMs = epochMsCache.get(satrec);
  if (epochMs === undefined) {
    const yy = satrec.epochyr;
    const days = satrec.epochdays;
    epochMs =
      Number.isFinite(yy) && Number.isFinite(days)
        ? Date.UTC(yy < 57 ? 2000 + yy : yy < 100 ? 1900 + yy : yy, 0, 1) + (days - 1) * MS_PER_DAY
        : (satrec.jdsatepoch - JD_UNIX_EPOCH) * MS_PER_DAY;
    epochMsCache.set(satrec, epochMs);
  }
  lastSatrec = satrec;
  lastEpochMs = epochMs;
  return epochMs;
}

/** Minutes from the element set's epoch to a Unix-ms instant. */
export function minutesSinceEpoch(satrec: SatRec, atMs: EpochMs): number {
  return (atMs - epochMsOf(satrec)) / 60_000;
}

/** Raw SGP4 TEME position (km) and velocity (km/s) at an instant; null when SGP4 fails. */
export function sgp4AtMs(satrec: SatRec, atMs: EpochMs): TemePositionVelocity | null {
  return propagateMinutes(satrec, minutesSinceEpoch(satrec, atMs));
}

/** Full state of the satellite at an instant, or null when SGP4 fails (decayed orbit, broken elements). */
export function stateAt(satrec: SatRec, atMs: EpochMs): SatState | null {
  const pv = sgp4AtMs(satrec, atMs);
  if (pv === null) return null;
  const gmst = gmstRadAt(atMs);
  const r = temeToEcef(pv.position, gmst);
  const vRot = temeToEcef(pv.velocity, gmst);
  // Velocity relative to the rotating Earth: v_ecef = R v_teme - omega x r_ecef.
  const vx = vRot.x + EARTH_ROTATION_RAD_PER_SEC * r.y;
  const vy = vRot.y - EARTH_ROTATION_RAD_PER_SEC * r.x;
  const vz = vRot.z;
  const state: SatState = {
    atMs,
    positionTemeKm: pv.position,
    velocityTemeKmPerSec: pv.velocity,
    positionEcefKm: r,
    gmstRad: gmst,
    latitudeDeg: 0,
    longitudeDeg: 0,
    altitudeKm: 0,
    speedKmPerSec: Math.hypot(pv.velocity.x, pv.velocity.y, pv.velocity.z),
    headingDeg: 0,
  };
  ecefToGeodeticInto(r.x, r.y, r.z, state);
  state.headingDeg = groundHeadingDeg(state, vx, vy, vz);
  return state;
}

/** Bearing of the sub-satellite point's motion from the Earth-fixed velocity, on the ellipsoid. */
function groundHeadingDeg(p: GeodeticPoint, vx: number, vy: number, vz: number): Degrees {
  const lat = (p.latitudeDeg * Math.PI) / 180;
  const lon = (p.longitudeDeg * Math.PI) / 180;
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const sinLon = Math.sin(lon);
  const cosLon = Math.cos(lon);
  const east = -sinLon * vx + cosLon * vy;
  const north = -sinLat * cosLon * vx - sinLat * sinLon * vy + cosLat * vz;
  // The sub-point moves by the satellite's angular rate times the ground radius of curvature, which differs
  // slightly between the meridian (M) and the prime vertical (N) on the ellipsoid.
  const w = 1 - WGS84_E2 * sinLat * sinLat;
  const n = WGS84_A_KM / Math.sqrt(w);
  const m = (n * (1 - WGS84_E2)) / w;
  const h = p.altitudeKm;
  const bearing = toDegrees(Math.atan2((east * n) / (n + h), (north * m) / (m + h)));
  return bearing < 0 ? bearing + 360 : bearing;
}

const earthFixedScratch = newTemeStateOut();

/**
 * Lean path for ground tracks and the 1 Hz tick: only the sub-satellite point. Pass `out` to reuse an object
 * across calls and allocate nothing beyond what SGP4 itself does.
 */
export function geodeticAt(satrec: SatRec, atMs: EpochMs, out?: GeodeticPoint): GeodeticPoint | null {
  // Near-Earth sets (the ISS, Tiangong, Hubble) take the lean SGP4, which reproduces Vallado's verification
  // vectors and costs about a third of satellite.js's `sgp4` per call; deep-space sets keep satellite.js.
  const k = nearEarthConstantsOf(satrec);
  if (k !== null) {
    const code = sgp4NearEarth(k, minutesSinceEpoch(satrec, atMs), earthFixedScratch, gmst82Rad(atMs));
    satrec.error = code as SatRec['error'];
    if (code !== 0) return null;
    const target = out ?? { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
    return ecefToGeodeticInto(earthFixedScratch.rxKm, earthFixedScratch.ryKm, earthFixedScratch.rzKm, target);
  }
  const pv = sgp4(satrec, minutesSinceEpoch(satrec, atMs));
  if (pv === null || satrec.error !== 0) return null;
  const gmst = gmstRadAt(atMs);
  const c = Math.cos(gmst);
  const s = Math.sin(gmst);
  const { x, y, z } = pv.position;
  const target = out ?? { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
  return ecefToGeodeticInto(c * x + s * y, -s * x + c * y, z, target);
}
