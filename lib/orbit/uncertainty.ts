import type { Tle } from '../tle/types';
import { MS_PER_DAY, type EpochMs, type Kilometers, type Seconds } from '../units';
import { meanOrbitalSpeedKmPerSec, semiMajorAxisKm } from './kepler';

export interface PredictionUncertainty {
  /** |shown time - epoch| in days (the model is symmetric: propagating backwards also ages). */
  ageDays: number;
  /** 95 % bound on the 3-D distance between predicted and true position, km (capped at the orbit's diameter). */
  positionKm: Kilometers;
  /** 95 % bound on the along-track distance, km (NOT capped: may exceed half the orbit). */
  alongTrackKm: Kilometers;
  /** The timing error that implies: alongTrackKm / orbital speed, seconds. */
  timingSeconds: Seconds;
  /** false once alongTrackKm passes about half an orbit: these elements cannot place the station on its orbit at all. */
  placeable: boolean;
}

/**
 * The error model's constants. Calibrated on the ISS pairs of fixtures/tles.txt (see docs/uncertainty.md); the
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
  /** How fast the along-track error grows after a typical burn (a changed period), km/day. */
  burnDriftKmPerDay: number;
  /** Radial + cross-track error, which stays small (the plane and altitude are well known): km at epoch, and per day. */
  offTrackKm: Kilometers;
  offTrackKmPerDay: number;
}

/**
 * ISS values. Burns: the station reboosts or dodges debris roughly monthly; a ~1 m/s burn raises the orbit ~1.8 km,
 * which lengthens the period and drifts the along-track position ~260 km per day after it (seen in the reference
 * pairs at 270-300 km/day).
 */
export const ISS_ERROR_MODEL: ErrorModel = {
  epochKm: 1,
  meanMotionKmPerDay: 2,
  dragFraction: 1,
  dragFloorRevPerDay2: 3e-5,
  dragCeilingRevPerDay2: 3e-4,
  burnsPerDay: 1 / 45,
  burnDriftKmPerDay: 300,
  offTrackKm: 1,
  offTrackKmPerDay: 1,
};

/** The bound's confidence: 95 % of real errors should fall within it. */
export const BOUND_CONFIDENCE = 0.95;

/** ndot/2 from line 1 columns 34-43, rev/day^2 (NaN when the field is unreadable). */
export function ndotHalfRevPerDay2(tle: Pick<Tle, 'line1'>): number {
  return Number(tle.line1.slice(33, 43));
}

/**
 * The 95 % quantile of the along-track drift a burn adds within `ageDays`. Burns arrive at random (rate lambda);
 * one at time s into the interval drifts the position D (t - s). With p = P(at least one burn) = 1 - exp(-lambda t)
 * and s uniform, P(drift > x) = p (1 - x / (D t)); setting that to 5 % gives x = D t (1 - 0.05 / p), and 0 while
 * p <= 5 % (a burn is then too unlikely to widen a 95 % bound).
 */
export function burnDriftQuantileKm(ageDays: number, model: ErrorModel = ISS_ERROR_MODEL): Kilometers {
  const miss = 1 - BOUND_CONFIDENCE;
  const p = 1 - Math.exp(-model.burnsPerDay * ageDays);
  if (p <= miss) return 0;
  return model.burnDriftKmPerDay * ageDays * (1 - miss / p);
}

/** 95 % along-track bound for elements `ageDays` old: fit + mean-motion + drag (a + b t + c t^2) + burn drift. */
export function alongTrackBoundKm(ageDays: number, ndotHalf: number, circumferenceKm: Kilometers, model: ErrorModel = ISS_ERROR_MODEL): Kilometers {
  const t = Math.abs(ageDays);
  const drag = Number.isFinite(ndotHalf) ? Math.abs(ndotHalf) : model.dragFloorRevPerDay2;
  const dragRevPerDay2 = Math.min(model.dragCeilingRevPerDay2, Math.max(model.dragFloorRevPerDay2, drag));
  // ndot/2 t^2 is the set's own drag advance in revolutions; times the circumference, km along the orbit.
  const dragKmPerDay2 = model.dragFraction * dragRevPerDay2 * circumferenceKm;
  return model.epochKm + model.meanMotionKmPerDay * t + dragKmPerDay2 * t * t + burnDriftQuantileKm(t, model);
}

/** Straight-line distance between two points `arcKm` apart on a circle of `radiusKm` (the diameter past half). */
export function chordKm(arcKm: Kilometers, radiusKm: Kilometers): Kilometers {
  const angle = Math.min(Math.abs(arcKm) / radiusKm, Math.PI);
  return 2 * radiusKm * Math.sin(angle / 2);
}

/**
 * How far off a position predicted from `tle` at `atMs` may be (95 %). Along-track dominates (drag and burns change
 * the timing, not the orbit's shape), so the 3-D bound is the chord of that arc plus a small radial / cross-track term.
 */
export function predictionUncertainty(tle: Tle, atMs: EpochMs, model: ErrorModel = ISS_ERROR_MODEL): PredictionUncertainty {
  const ageDays = Math.abs(atMs - tle.epochMs) / MS_PER_DAY;
  const radiusKm = semiMajorAxisKm(tle.meanMotionRevPerDay);
  const circumferenceKm = 2 * Math.PI * radiusKm;
  const alongTrackKm = alongTrackBoundKm(ageDays, ndotHalfRevPerDay2(tle), circumferenceKm, model);
  const offTrackKm = model.offTrackKm + model.offTrackKmPerDay * ageDays;
  const positionKm = Math.min(2 * radiusKm, chordKm(alongTrackKm, radiusKm) + offTrackKm);
  return {
    ageDays,
    positionKm,
    alongTrackKm,
    timingSeconds: alongTrackKm / meanOrbitalSpeedKmPerSec(tle.meanMotionRevPerDay),
    placeable: alongTrackKm < circumferenceKm / 2,
  };
}
