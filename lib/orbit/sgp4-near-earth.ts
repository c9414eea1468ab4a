import type { SatRec } from 'satellite.js';
import { DEG_TO_RAD as UNITS_DEG_TO_RAD, MS_PER_DAY as UNITS_MS_PER_DAY, type EpochMs, type Radians } from '../units';
import { JD_UNIX_EPOCH as TIME_JD_UNIX_EPOCH } from './time';
import { WGS72_EARTH_RADIUS_KM, WGS72_MU_KM3_PER_S2 } from './wgs72';

/*
 * Lean SGP4 for near-Earth orbits (period < 225 min: the ISS, Tiangong, Hubble), after Vallado, Crawford,
 * Hujsak and Kelso, "Revisiting Spacetrack Report #3", AIAA 2006-6753 (WGS72, the same model satellite.js
 * implements). Initialisation stays with satellite.js's `sgp4init` (it runs once per element set); this is the
 * per-instant part, which the ground track and the 1 Hz tick call thousands of times. What makes it cheaper
 * than satellite.js's `sgp4`:
 *  - the constants it needs are copied once per element set into one fixed-shape object, including the ones
 *    that are constant for near-Earth orbits (mean inclination and its sine/cosine, the mean semi-major axis
 *    factor) that the general routine recomputes at every call;
 *  - the results go into a caller-owned object: no position/velocity/mean-element objects per call;
 *  - floating-point `%` (a runtime call in V8) is replaced by a truncating reduction with the same sign
 *    convention, which differs from fmod by rounding only (< 1e-13 rad for any time in a TLE's useful life).
 * Deep-space element sets (method 'd') are not handled here: `nearEarthConstants` returns null for them and
 * callers keep using satellite.js.
 * The satrec fields read below are satellite.js internals: package.json pins satellite.js to the version this was
 * verified against (7.1.0), and satellite-js-contract.test.ts checks every field read here on a real satrec.
 */

// The shared constants, copied once into this module's own: an imported binding is read through the module
// object on every use (the CommonJS/ESM interop of tsx and of the bundler), which the per-sample path below
// measurably pays (ground-track bench +6 %). The values still come from one place.
const EARTH_RADIUS_KM = WGS72_EARTH_RADIUS_KM;
const MU_KM3_PER_S2 = WGS72_MU_KM3_PER_S2;
const MS_PER_DAY = UNITS_MS_PER_DAY;
const JD_UNIX_EPOCH = TIME_JD_UNIX_EPOCH;
const DEG_TO_RAD = UNITS_DEG_TO_RAD;
// Derived WGS72 constants, as in satellite.js/constants and Vallado's getgravconst('wgs72').
const XKE = 60.0 / Math.sqrt((EARTH_RADIUS_KM * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / MU_KM3_PER_S2);
const VKM_PER_SEC = (EARTH_RADIUS_KM * XKE) / 60.0;
const J2 = 0.001082616;
const X2O3 = 2.0 / 3.0;
const TWO_PI = 2 * Math.PI;
const INV_TWO_PI = 1 / TWO_PI;

/** SGP4 error codes, the same numbers satellite.js puts in `satrec.error`. */
const Sgp4Error = {
  none: 0,
  meanEccentricity: 1,
  meanMotion: 2,
  semiLatusRectum: 4,
  decayed: 6,
} as const;
type Sgp4ErrorCode = (typeof Sgp4Error)[keyof typeof Sgp4Error];

/** Everything the near-Earth propagation reads, fixed once per element set (angles in radians, time in minutes). */
interface NearEarthConstants {
  readonly simplified: boolean;
  readonly mo: number;
  readonly mdot: number;
  readonly argpo: number;
  readonly argpdot: number;
  readonly nodeo: number;
  readonly nodedot: number;
  readonly nodecf: number;
  readonly cc1: number;
  readonly bstarCc4: number;
  readonly bstarCc5: number;
  readonly t2cof: number;
  readonly omgcof: number;
  readonly eta: number;
  readonly xmcof: number;
  readonly delmo: number;
  readonly d2: number;
  readonly d3: number;
  readonly d4: number;
  readonly sinmao: number;
  readonly t3cof: number;
  readonly t4cof: number;
  readonly t5cof: number;
  /** Mean motion at epoch, rad/min. */
  readonly no: number;
  /** (xke / no)^(2/3): the mean semi-major axis before drag, in Earth radii. */
  readonly a0: number;
  readonly ecco: number;
  readonly inclo: number;
  readonly sinio: number;
  readonly cosio: number;
  readonly aycof: number;
  readonly xlcof: number;
  readonly con41: number;
  readonly x1mth2: number;
  readonly x7thm1: number;
}

/** Where a propagation writes: TEME position (km) and velocity (km/s). */
export interface TemeStateOut {
  rxKm: number;
  ryKm: number;
  rzKm: number;
  vxKmPerSec: number;
  vyKmPerSec: number;
  vzKmPerSec: number;
}

export function newTemeStateOut(): TemeStateOut {
  return { rxKm: 0, ryKm: 0, rzKm: 0, vxKmPerSec: 0, vyKmPerSec: 0, vzKmPerSec: 0 };
}

/**
 * The per-instant constants of an element set initialised by satellite.js (`twoline2satrec`), or null when it is
 * a deep-space set (period >= 225 min), which needs the lunar-solar terms this routine leaves out.
 */
export function nearEarthConstants(satrec: SatRec): NearEarthConstants | null {
  if (satrec.method !== 'n') return null;
  return {
    simplified: satrec.isimp === 1,
    mo: satrec.mo,
    mdot: satrec.mdot,
    argpo: satrec.argpo,
    argpdot: satrec.argpdot,
    nodeo: satrec.nodeo,
    nodedot: satrec.nodedot,
    nodecf: satrec.nodecf,
    cc1: satrec.cc1,
    bstarCc4: satrec.bstar * satrec.cc4,
    bstarCc5: satrec.bstar * satrec.cc5,
    t2cof: satrec.t2cof,
    omgcof: satrec.omgcof,
    eta: satrec.eta,
    xmcof: satrec.xmcof,
    delmo: satrec.delmo,
    d2: satrec.d2,
    d3: satrec.d3,
    d4: satrec.d4,
    sinmao: satrec.sinmao,
    t3cof: satrec.t3cof,
    t4cof: satrec.t4cof,
    t5cof: satrec.t5cof,
    no: satrec.no,
    a0: (XKE / satrec.no) ** X2O3,
    ecco: satrec.ecco,
    inclo: satrec.inclo,
    sinio: Math.sin(satrec.inclo),
    cosio: Math.cos(satrec.inclo),
    aycof: satrec.aycof,
    xlcof: satrec.xlcof,
    con41: satrec.con41,
    x1mth2: satrec.x1mth2,
    x7thm1: satrec.x7thm1,
  };
}

const constantsCache = new WeakMap<SatRec, NearEarthConstants | null>();
let lastSatrec: SatRec | null = null;
let lastConstants: NearEarthConstants | null = null;

/** {@link nearEarthConstants}, computed once per satrec (hot loops call this for one satrec many times in a row). */
export function nearEarthConstantsOf(satrec: SatRec): NearEarthConstants | null {
  if (satrec === lastSatrec) return lastConstants;
  let k = constantsCache.get(satrec);
  if (k === undefined) {
    k = nearEarthConstants(satrec);
    constantsCache.set(satrec, k);
  }
  lastSatrec = satrec;
  lastConstants = k;
  return k;
}

/** x modulo 2 pi with the sign of x, like C's fmod (and JavaScript's %), without the runtime call. */
function mod2pi(x: number): number {
  return x - TWO_PI * Math.trunc(x * INV_TWO_PI);
}

/**
 * Greenwich mean sidereal angle (IAU-82, UT1 = UTC), in [0, 2 pi): Vallado's `gstime` of the Julian date of a
 * Unix-ms instant, computed with the very same operations as `gmstRad` in geodetic.ts (julianDate, then
 * satellite.js's gstime) so both give the same bits, and `geodeticAt` keeps agreeing with `stateAt` exactly.
 * Inlined here because the path through satellite.js's overloaded `gstime` (Date check, argument juggling)
 * costs several times the arithmetic.
 */
export function gmst82Rad(atMs: EpochMs): Radians {
  const jdut1 = atMs / MS_PER_DAY + JD_UNIX_EPOCH;
  const tut1 = (jdut1 - 2451545.0) / 36525.0;
  const seconds =
    -6.2e-6 * tut1 * tut1 * tut1 + 0.093104 * tut1 * tut1 + (876600.0 * 3600 + 8640184.812866) * tut1 + 67310.54841;
  // An exact fmod here (not mod2pi): a rounding of 1e-11 rad would already show against stateAt.
  const angle = ((seconds * DEG_TO_RAD) / 240.0) % TWO_PI;
  return angle < 0.0 ? angle + TWO_PI : angle;
}

// Angle sums for small increments: sin/cos of (a + d) from sin a, cos a and a Taylor series of d, exact to
// double precision for |d| <= SMALL_ANGLE (the first omitted terms are d^7/5040 and d^8/40320, < 1e-18).
const SMALL_ANGLE = 0.01;
function sinSmall(d: number): number {
  const d2 = d * d;
  return d * (1 - (d2 / 6) * (1 - (d2 / 20) * (1 - d2 / 42)));
}
function cosSmall(d: number): number {
  const d2 = d * d;
  return 1 - (d2 / 2) * (1 - (d2 / 12) * (1 - d2 / 30));
}

/**
 * Near-Earth SGP4 at `tsinceMin` minutes from the epoch. Writes position (km) and velocity (km/s) into `out`
 * and returns 0, or returns the SGP4 error code (1 eccentricity, 4 semi-latus rectum, 6 decayed) and leaves
 * `out` untouched. Allocates nothing.
 *
 * With `zRotationRad` = 0 the output is in TEME, as `sgp4` gives it. A non-zero angle rotates both vectors
 * about the z axis by minus that angle; with the Greenwich sidereal angle this gives the position in Earth-fixed
 * axes directly (the velocity then is the inertial one expressed in those axes, without the Earth's rotation).
 * The rotation is folded into the node angle, which saves the separate TEME to Earth-fixed step.
 */
export function sgp4NearEarth(
  k: NearEarthConstants,
  tsinceMin: number,
  out: TemeStateOut,
  zRotationRad = 0,
): Sgp4ErrorCode {
  const t = tsinceMin;
  // Secular gravity and atmospheric drag.
  const xmdf = k.mo + k.mdot * t;
  const argpdf = k.argpo + k.argpdot * t;
  const nodedf = k.nodeo + k.nodedot * t;
  let argpm = argpdf;
  let mm = xmdf;
  const t2 = t * t;
  let nodem = nodedf + k.nodecf * t2;
  let tempa = 1.0 - k.cc1 * t;
  let tempe = k.bstarCc4 * t;
  let templ = k.t2cof * t2;
  if (!k.simplified) {
    const delomg = k.omgcof * t;
    const delmtemp = 1.0 + k.eta * Math.cos(xmdf);
    const delm = k.xmcof * (delmtemp * delmtemp * delmtemp - k.delmo);
    const temp = delomg + delm;
    mm = xmdf + temp;
    argpm = argpdf - temp;
    const t3 = t2 * t;
    const t4 = t3 * t;
    tempa = tempa - k.d2 * t2 - k.d3 * t3 - k.d4 * t4;
    tempe += k.bstarCc5 * (Math.sin(mm) - k.sinmao);
    templ = templ + k.t3cof * t3 + t4 * (k.t4cof + t * k.t5cof);
  }
  // The mean motion at epoch is positive (sgp4init refuses it otherwise) and near-Earth sets have no resonance
  // terms to change it, so satellite.js's nm <= 0 check cannot fire here.
  const am = k.a0 * tempa * tempa;
  const nm = XKE / (am * Math.sqrt(am));
  let em = k.ecco - tempe;
  if (em >= 1.0 || em < -0.001) return Sgp4Error.meanEccentricity;
  if (em < 1.0e-6) em = 1.0e-6;
  mm += k.no * templ;
  let xlm = mm + argpm + nodem;
  nodem = mod2pi(nodem);
  argpm = mod2pi(argpm);
  xlm = mod2pi(xlm);
  mm = mod2pi(xlm - argpm - nodem);

  // Long-period periodics.
  const sinip = k.sinio;
  const cosip = k.cosio;
  const axnl = em * Math.cos(argpm);
  let temp = 1.0 / (am * (1.0 - em * em));
  const aynl = em * Math.sin(argpm) + temp * k.aycof;
  const xl = mm + argpm + nodem + temp * k.xlcof * axnl;

  // Kepler's equation, Newton steps limited to 0.95 rad as in the 2006 revision. Once a step is small, the
  // sine and cosine of the next iterate follow from the angle sum instead of two more library calls.
  const u = mod2pi(xl - nodem);
  let eo1 = u;
  let sineo1 = Math.sin(eo1);
  let coseo1 = Math.cos(eo1);
  for (let ktr = 1; ; ktr++) {
    let tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / (1.0 - coseo1 * axnl - sineo1 * aynl);
    if (tem5 >= 0.95) tem5 = 0.95;
    else if (tem5 <= -0.95) tem5 = -0.95;
    eo1 += tem5;
    // Same stopping rule as Vallado: the sine and cosine kept are those the last step was computed from.
    if (Math.abs(tem5) < 1.0e-12 || ktr >= 10) break;
    if (Math.abs(tem5) <= SMALL_ANGLE) {
      const s = sinSmall(tem5);
      const c = cosSmall(tem5);
      const nextSin = sineo1 * c + coseo1 * s;
      coseo1 = coseo1 * c - sineo1 * s;
      sineo1 = nextSin;
    } else {
      sineo1 = Math.sin(eo1);
      coseo1 = Math.cos(eo1);
    }
  }

  // Short-period preliminary quantities.
  const ecose = axnl * coseo1 + aynl * sineo1;
  const esine = axnl * sineo1 - aynl * coseo1;
  const el2 = axnl * axnl + aynl * aynl;
  const pl = am * (1.0 - el2);
  if (pl < 0.0) return Sgp4Error.semiLatusRectum;
  const rl = am * (1.0 - ecose);
  const rdotl = (Math.sqrt(am) * esine) / rl;
  const rvdotl = Math.sqrt(pl) / rl;
  const betal = Math.sqrt(1.0 - el2);
  temp = esine / (1.0 + betal);
  const sinu = (am / rl) * (sineo1 - aynl - axnl * temp);
  const cosu = (am / rl) * (coseo1 - axnl + aynl * temp);
  const sin2u = (cosu + cosu) * sinu;
  const cos2u = 1.0 - 2.0 * sinu * sinu;
  temp = 1.0 / pl;
  const temp1 = 0.5 * J2 * temp;
  const temp2 = temp1 * temp;

  // Short-period periodics.
  const mrt = rl * (1.0 - 1.5 * temp2 * betal * k.con41) + 0.5 * temp1 * k.x1mth2 * cos2u;
  if (mrt < 1.0) return Sgp4Error.decayed;
  // su = atan2(sinu, cosu) + dsu, and the inclination moves by dinc from its constant mean value: both
  // corrections are of order J2 (< 0.01 rad), so their sines and cosines come from angle sums.
  const dsu = -0.25 * temp2 * k.x7thm1 * sin2u;
  const dinc = 1.5 * temp2 * cosip * sinip * cos2u;
  const xnode = nodem + 1.5 * temp2 * cosip * sin2u - zRotationRad;
  const mvt = rdotl - (nm * temp1 * k.x1mth2 * sin2u) / XKE;
  const rvdot = rvdotl + (nm * temp1 * (k.x1mth2 * cos2u + 1.5 * k.con41)) / XKE;

  // Orientation vectors.
  const invU = 1 / Math.sqrt(sinu * sinu + cosu * cosu);
  const sinU = sinu * invU;
  const cosU = cosu * invU;
  let sinsu: number;
  let cossu: number;
  if (Math.abs(dsu) <= SMALL_ANGLE) {
    const s = sinSmall(dsu);
    const c = cosSmall(dsu);
    sinsu = sinU * c + cosU * s;
    cossu = cosU * c - sinU * s;
  } else {
    const su = Math.atan2(sinu, cosu) + dsu;
    sinsu = Math.sin(su);
    cossu = Math.cos(su);
  }
  let sini: number;
  let cosi: number;
  if (Math.abs(dinc) <= SMALL_ANGLE) {
    const s = sinSmall(dinc);
    const c = cosSmall(dinc);
    sini = sinip * c + cosip * s;
    cosi = cosip * c - sinip * s;
  } else {
    sini = Math.sin(k.inclo + dinc);
    cosi = Math.cos(k.inclo + dinc);
  }
  const snod = Math.sin(xnode);
  const cnod = Math.cos(xnode);
  const xmx = -snod * cosi;
  const xmy = cnod * cosi;
  const ux = xmx * sinsu + cnod * cossu;
  const uy = xmy * sinsu + snod * cossu;
  const uz = sini * sinsu;
  const vx = xmx * cossu - cnod * sinsu;
  const vy = xmy * cossu - snod * sinsu;
  const vz = sini * cossu;

  const rScale = mrt * EARTH_RADIUS_KM;
  out.rxKm = rScale * ux;
  out.ryKm = rScale * uy;
  out.rzKm = rScale * uz;
  out.vxKmPerSec = (mvt * ux + rvdot * vx) * VKM_PER_SEC;
  out.vyKmPerSec = (mvt * uy + rvdot * vy) * VKM_PER_SEC;
  out.vzKmPerSec = (mvt * uz + rvdot * vz) * VKM_PER_SEC;
  return Sgp4Error.none;
}
