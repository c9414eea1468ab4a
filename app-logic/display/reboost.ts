import type { SatRec } from 'satellite.js';
import { semiMajorAxisKm } from '../../lib/orbit/kepler';
import { stateAt } from '../../lib/orbit/propagate';
import type { Tle } from '../../lib/tle';
import type { EpochMs, Kilometers } from '../../lib/units';

// Kepler's third law lives with the orbit code; re-exported because the display module has always offered it.
export { semiMajorAxisKm };

/** A new element set that moves the predicted position more than this is worth telling the room about. */
export const REBOOST_THRESHOLD_KM: Kilometers = 30;

export interface ElementSet {
  tle: Tle;
  satrec: SatRec;
}

export type OrbitChangeKind =
  /** Within the usual refinement of a fresh element set: nothing to say. */
  | 'minor'
  /** A large shift with the orbit raised: an engine burn (reboost). */
  | 'reboost'
  /** A large shift without a raise: a manoeuvre lowering the orbit, or an old set replaced by a much newer one. */
  | 'correction';

export interface OrbitChange {
  atMs: EpochMs;
  /** Distance between the two predicted positions at `atMs`. */
  shiftKm: Kilometers;
  /** Change of the mean orbit's semi-major axis, from the mean motions: positive when the orbit was raised. */
  meanAltitudeChangeKm: Kilometers;
  kind: OrbitChangeKind;
}

/**
 * How far a new element set moves the predicted position at one instant (the moment it arrived), and whether that
 * is a reboost. Null when the two sets are for different objects or SGP4 cannot propagate either to `atMs`.
 */
export function compareElementSets(
  previous: ElementSet,
  next: ElementSet,
  atMs: EpochMs,
  thresholdKm = REBOOST_THRESHOLD_KM,
): OrbitChange | null {
  if (previous.tle.noradId !== next.tle.noradId) return null;
  const a = stateAt(previous.satrec, atMs);
  const b = stateAt(next.satrec, atMs);
  if (a === null || b === null) return null;
  const p = a.positionTemeKm;
  const q = b.positionTemeKm;
  const shiftKm = Math.hypot(p.x - q.x, p.y - q.y, p.z - q.z);
  const meanAltitudeChangeKm =
    semiMajorAxisKm(next.tle.meanMotionRevPerDay) - semiMajorAxisKm(previous.tle.meanMotionRevPerDay);
  const kind: OrbitChangeKind = shiftKm <= thresholdKm ? 'minor' : meanAltitudeChangeKm > 0 ? 'reboost' : 'correction';
  return { atMs, shiftKm, meanAltitudeChangeKm, kind };
}
