import type { Tle } from '../tle/types';
import { MS_PER_DAY, type EpochMs, type Kilometers, type Seconds } from '../units';
import { meanOrbitalSpeedKmPerSec, semiMajorAxisKm } from './kepler';

export interface PredictionUncertainty {
  /** |shown time - epoch| in days (the model is symmetric: propagating backwards also ages). */
  ageDays: number;
  /** 95 % bound on the 3-D distance between predicted and true position, km (capped at the orbit's diameter, plus the few-km radial / cross-track term). */
  positionKm: Kilometers;
  /** 95 % bound on the along-track distance, km (NOT capped: may exceed half the orbit). */
  alongTrackKm: Kilometers;
  /** The timing error that implies: alongTrackKm / orbital speed, seconds. */
  timingSeconds: Seconds;
  /** false once alongTrackKm passes about half an orbit: these elements cannot place the station on its orbit at all. */
  placeable: boolean;
}

/**
 * The error model's constants. Calibrated on the ISS pairs of test-support/fixtures/tles.txt (see docs/uncertainty.md); the
 * physics behind each term is in its comment. Exported so the calibration tests can vary one term at a time.
 */
export interface ErrorModel {
  /** Along-track error already present at epoch (the fit itself), km. */
  epochKm: Kilometers;
  /** Growth from the fitted mean motion being slightly wrong: linear in age, km/day. */
  meanMotionKmPerDay: number;
  /**
   * Share of the set's own drag term (ndot/2, line 1) that is unknown at 95 %: the atmosphere's density changes with
   * solar activity faster than a set's ndot follows. Drag error grows with the square of age.
   */
  dragFraction: number;
  /** ndot/2 (rev/day^2) is clamped into this range: a set with ~0 or absurd ndot (fitted across a burn) still ages. */
  dragFloorRevPerDay2: number;
  dragCeilingRevPerDay2: number;
  /** Mean rate of orbit-changing burns (reboosts, debris avoidance), per day. */
  burnsPerDay: number;
  /**
   * Size of a typical burn, m/s. A tangential burn dv changes the semi-major axis by 2 dv / n and so the mean motion
   * by 3 dv / a: the along-track position then drifts 3 dv per unit time, whatever the orbit (1 m/s -> 259 km/day).
   */
  burnDeltaVMetersPerSec: number;
  /** Radial + cross-track error, which stays small (the plane and altitude are well known): km at epoch, and per day. */
  offTrackKm: Kilometers;
  offTrackKmPerDay: number;
}

/**
 * ISS values. Burns: the station reboosts (and now and then dodges debris) every month or two: the reference sets show
 * at least 5 burns in about 225 days of coverage, 1 per 45 days. A reboost of ~1 m/s raises the orbit ~1.8 km; the
 * drift after the burns seen in the reference pairs is 230-300 km/day.
 */
export const ISS_ERROR_MODEL: ErrorModel = {
  epochKm: 1,
  meanMotionKmPerDay: 2,
  dragFraction: 1,
  dragFloorRevPerDay2: 3e-5,
  dragCeilingRevPerDay2: 3e-4,
  burnsPerDay: 1 / 45,
  burnDeltaVMetersPerSec: 1,
  offTrackKm: 1,
  offTrackKmPerDay: 1,
};

/** The bound's confidence: 95 % of real errors should fall within it. */
const BOUND_CONFIDENCE = 0.95;

/** Along-track drift rate after a tangential burn of `deltaVMetersPerSec`: 3 dv (see ErrorModel), in km/day. */
export function burnDriftKmPerDay(deltaVMetersPerSec: number): number {
  const metersPerDay = 3 * deltaVMetersPerSec * (MS_PER_DAY / 1000);
  return metersPerDay / 1000;
}

/** ndot/2 from line 1 columns 34-43, rev/day^2 (NaN when the field is unreadable). */
export function ndotHalfRevPerDay2(tle: Pick<Tle, 'line1'>): number {
  return Number(tle.line1.slice(33, 43));
}

/** Burns beyond this many within one interval are too improbable (< 1e-9 at 60 days) to change the quantile. */
const MAX_BURNS_COUNTED = 12;

/** P(U1 + ... + Un <= y) for n independent uniforms on [0, 1] (the Irwin-Hall distribution). */
function irwinHallCdf(n: number, y: number): number {
  if (y <= 0) return 0;
  if (y >= n) return 1;
  let sum = 0;
  let binomial = 1;
  let factorial = 1;
  for (let k = 1; k <= n; k += 1) factorial *= k;
  for (let k = 0; k <= Math.floor(y); k += 1) {
    sum += (k % 2 === 0 ? 1 : -1) * binomial * (y - k) ** n;
    binomial = (binomial * (n - k)) / (k + 1);
  }
  return Math.min(1, Math.max(0, sum / factorial));
}

/** P(burn drift > y D t): burns arrive at random (Poisson, mean `expectedBurns`), each at a uniform time. */
function burnExceedance(expectedBurns: number, y: number): number {
  let pN = Math.exp(-expectedBurns);
  let exceed = 0;
  for (let n = 1; n <= MAX_BURNS_COUNTED; n += 1) {
    pN *= expectedBurns / n;
    exceed += pN * (1 - irwinHallCdf(n, y));
  }
  return exceed;
}

/**
 * The 95 % quantile of the along-track drift burns add within `ageDays`. A burn at time s into the interval changes
 * the period and so drifts the position D (t - s) by time t; reboosts all raise the orbit, so the drifts of several
 * burns add. Burns arrive at random (rate lambda), so the drift is D t times a sum of N uniforms with
 * N ~ Poisson(lambda t). Zero while P(N >= 1) <= 5 %: a burn is then too unlikely to widen a 95 % bound.
 */
export function burnDriftQuantileKm(ageDays: number, model: ErrorModel = ISS_ERROR_MODEL): Kilometers {
  const miss = 1 - BOUND_CONFIDENCE;
  const t = Math.abs(ageDays);
  const expectedBurns = model.burnsPerDay * t;
  if (1 - Math.exp(-expectedBurns) <= miss) return 0;
  // Bisection on y = drift / (D t): the exceedance falls monotonically from P(N >= 1) at y = 0.
  let lo = 0;
  let hi = MAX_BURNS_COUNTED;
  for (let i = 0; i < 40; i += 1) {
    const mid = (lo + hi) / 2;
    if (burnExceedance(expectedBurns, mid) > miss) lo = mid;
    else hi = mid;
  }
  return burnDriftKmPerDay(model.burnDeltaVMetersPerSec) * t * hi;
}

/** 95 % along-track bound for elements `ageDays` old: fit + mean-motion + drag (a + b t + c t^2) + burn drift. */
function alongTrackBoundKm(
  ageDays: number,
  ndotHalf: number,
  circumferenceKm: Kilometers,
  model: ErrorModel = ISS_ERROR_MODEL,
): Kilometers {
  const t = Math.abs(ageDays);
  const drag = Number.isFinite(ndotHalf) ? Math.abs(ndotHalf) : model.dragFloorRevPerDay2;
  const dragRevPerDay2 = Math.min(model.dragCeilingRevPerDay2, Math.max(model.dragFloorRevPerDay2, drag));
  // ndot/2 t^2 is the set's own drag advance in revolutions; times the circumference, km along the orbit.
  const dragKmPerDay2 = model.dragFraction * dragRevPerDay2 * circumferenceKm;
  return model.epochKm + model.meanMotionKmPerDay * t + dragKmPerDay2 * t * t + burnDriftQuantileKm(t, model);
}

/** Straight-line distance between two points `arcKm` apart on a circle of `radiusKm` (the diameter past half). */
function chordKm(arcKm: Kilometers, radiusKm: Kilometers): Kilometers {
  const angle = Math.min(Math.abs(arcKm) / radiusKm, Math.PI);
  return 2 * radiusKm * Math.sin(angle / 2);
}

/**
 * How far off a position predicted from `tle` at `atMs` may be (95 %). Along-track dominates (drag and burns change
 * the timing, not the orbit's shape), so the 3-D bound is the chord of that arc plus a small radial / cross-track term.
 */
export function predictionUncertainty(
  tle: Tle,
  atMs: EpochMs,
  model: ErrorModel = ISS_ERROR_MODEL,
): PredictionUncertainty {
  const ageDays = Math.abs(atMs - tle.epochMs) / MS_PER_DAY;
  const radiusKm = semiMajorAxisKm(tle.meanMotionRevPerDay);
  const circumferenceKm = 2 * Math.PI * radiusKm;
  const alongTrackKm = alongTrackBoundKm(ageDays, ndotHalfRevPerDay2(tle), circumferenceKm, model);
  const offTrackKm = model.offTrackKm + model.offTrackKmPerDay * ageDays;
  // The chord tops out at the orbit's diameter (half an orbit off). The radial / cross-track term comes on top even
  // then, because SGP4's osculating radius wanders a few km around the mean orbit's.
  const positionKm = chordKm(alongTrackKm, radiusKm) + offTrackKm;
  return {
    ageDays,
    positionKm,
    alongTrackKm,
    timingSeconds: alongTrackKm / meanOrbitalSpeedKmPerSec(tle.meanMotionRevPerDay),
    placeable: alongTrackKm < circumferenceKm / 2,
  };
}

/**
 * Half the stretch of track the station may be on, in time: the timing bound, or half an orbit (the whole orbit)
 * once the elements cannot place it.
 */
export function uncertaintyHalfSpanMs(uncertainty: PredictionUncertainty, periodMs: number): number {
  return uncertainty.placeable ? Math.min(uncertainty.timingSeconds * 1000, periodMs / 2) : periodMs / 2;
}
