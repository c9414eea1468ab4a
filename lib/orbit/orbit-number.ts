import type { SatRec } from 'satellite.js';
import type { Tle } from '../tle/types';
import { MS_PER_DAY, type EpochMs } from '../units';
import { orbitPeriodMs } from './kepler';
import { createSatrec } from './satrec';
import { sgp4AtMs } from './propagate';

const satrecCache = new WeakMap<Tle, SatRec | null>();

function satrecFor(tle: Tle): SatRec | null {
  let satrec = satrecCache.get(tle);
  if (satrec === undefined) {
    try {
      satrec = createSatrec(tle);
    } catch {
      satrec = null;
    }
    satrecCache.set(tle, satrec);
  }
  return satrec;
}

/**
 * Argument of latitude (angle from the ascending node along the orbit, radians, in (-pi, pi]) of the osculating
 * SGP4 state, or null when SGP4 fails or the orbit is equatorial (no node).
 */
function argumentOfLatitude(satrec: SatRec, atMs: EpochMs): number | null {
  const pv = sgp4AtMs(satrec, atMs);
  if (pv === null) return null;
  const r = pv.position;
  const v = pv.velocity;
  const hx = r.y * v.z - r.z * v.y;
  const hy = r.z * v.x - r.x * v.z;
  const hz = r.x * v.y - r.y * v.x;
  const hxy = Math.hypot(hx, hy);
  if (hxy < 1e-9 * Math.hypot(hxy, hz)) return null;
  // Node direction (cos, sin of the right ascension of the ascending node) is k x h normalised.
  const cosNode = -hy / hxy;
  const sinNode = hx / hxy;
  const hLen = Math.hypot(hxy, hz);
  return Math.atan2((r.z * hLen) / hxy, r.x * cosNode + r.y * sinNode);
}

const TWO_PI = 2 * Math.PI;

/**
 * Revolution number at an instant, following the NORAD convention the TLE uses: a revolution begins at the
 * ascending node (the equator crossing going north), and line 2 gives the number of the revolution in
 * progress at epoch. We add the ascending-node crossings of the SGP4 orbit between the epoch and `atMs`
 * (subtract them before the epoch), found by unwrapping the argument of latitude in quarter-orbit steps.
 * Falls back to mean-motion counting for equatorial orbits or when SGP4 fails along the way.
 */
export function orbitNumberAt(tle: Tle, atMs: EpochMs): number {
  const satrec = satrecFor(tle);
  const fallback = (): number =>
    tle.revolutionAtEpoch + Math.floor(((atMs - tle.epochMs) / MS_PER_DAY) * tle.meanMotionRevPerDay);
  if (satrec === null) return fallback();
  let anchor = anchorCache.get(tle);
  if (anchor === undefined) {
    const u0 = argumentOfLatitude(satrec, tle.epochMs);
    if (u0 === null) return fallback();
    // Phase since the ascending node that began the epoch revolution, in [0, 2 pi).
    anchor = { atMs: tle.epochMs, phase: u0 < 0 ? u0 + TWO_PI : u0, u: u0 };
    anchorCache.set(tle, anchor);
  }
  // The 1 Hz tick asks about nearby instants over and over: walk on from the last answer when it is closer.
  const last = lastCache.get(tle);
  const start = last !== undefined && Math.abs(atMs - last.atMs) < Math.abs(atMs - anchor.atMs) ? last : anchor;
  const periodMs = orbitPeriodMs(tle);
  const steps = Math.ceil(Math.abs(atMs - start.atMs) / (periodMs / 4));
  let phase = start.phase;
  let prev = start.u;
  for (let i = 1; i <= steps; i++) {
    const u = argumentOfLatitude(satrec, start.atMs + ((atMs - start.atMs) * i) / steps);
    if (u === null) return fallback();
    let du = u - prev;
    if (du > Math.PI) du -= TWO_PI;
    else if (du < -Math.PI) du += TWO_PI;
    phase += du;
    prev = u;
  }
  lastCache.set(tle, { atMs, phase, u: prev });
  return tle.revolutionAtEpoch + Math.floor(phase / TWO_PI);
}

interface PhaseAnchor {
  atMs: EpochMs;
  /** Unwrapped argument of latitude counted from the ascending node that began the epoch revolution. */
  phase: number;
  /** Wrapped argument of latitude at atMs, to keep unwrapping from. */
  u: number;
}
const anchorCache = new WeakMap<Tle, PhaseAnchor>();
const lastCache = new WeakMap<Tle, PhaseAnchor>();

/**
 * Revolution number counted from another point of the orbit: revolutions begin where the argument of latitude
 * reaches `boundaryRad` (0 = the ascending node). A pass keyed this way keeps its number when new elements move it
 * by seconds or minutes, as long as the boundary is far from where the passes happen.
 *
 * Not `orbitNumberAt`'s walk from the epoch: ISS element sets have their epoch at the ascending node, where the
 * osculating argument of latitude may sit a fraction of a degree either side of it, so two sets could count one
 * revolution apart. Here the count is estimated from the mean elements (the published revolution, the mean argument
 * of latitude at epoch and the mean motion: good to a few hundredths of a revolution over weeks) and made exact by
 * the osculating argument of latitude at `atMs`.
 */
export function orbitNumberFromBoundary(tle: Tle, atMs: EpochMs, boundaryRad: number): number {
  const satrec = satrecFor(tle);
  const boundary = boundaryRad / TWO_PI;
  const meanPhaseAtEpoch = satrec === null ? 0 : ((((satrec.argpo + satrec.mo) % TWO_PI) + TWO_PI) % TWO_PI) / TWO_PI;
  const estimate =
    tle.revolutionAtEpoch + meanPhaseAtEpoch + ((atMs - tle.epochMs) / MS_PER_DAY) * tle.meanMotionRevPerDay;
  const u = satrec === null ? null : argumentOfLatitude(satrec, atMs);
  if (u === null) return Math.floor(estimate - boundary);
  const phase = (u < 0 ? u + TWO_PI : u) / TWO_PI;
  const count = Math.round(estimate - phase) + phase;
  return Math.floor(count - boundary);
}
