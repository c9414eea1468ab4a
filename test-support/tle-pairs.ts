import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sgp4AtMs } from '../lib/orbit/propagate';
import { createSatrec } from '../lib/orbit/satrec';
import { parseTleText, type Tle } from '../lib/tle';
import { MS_PER_DAY, type Kilometers, type Vec3 } from '../lib/units';

/** NORAD catalogue numbers of the objects in test-support/fixtures/tles.txt. */
export const ISS_NORAD_ID = 25544;
export const TIANGONG_NORAD_ID = 48274;
export const HUBBLE_NORAD_ID = 20580;

/** The pair window the issue calibrates on: closer sets are one fit apart, farther ones say nothing new. */
export const PAIR_MIN_AGE_DAYS = 0.5;
export const PAIR_MAX_AGE_DAYS = 60;

/**
 * One reference pair: an older set A propagated to the epoch of a newer set B, against B at its own epoch (the best
 * available "truth": B was fitted to tracking data around that moment). Errors are in B's orbital frame.
 */
export interface TlePair {
  older: Tle;
  newer: Tle;
  /** newer.epochMs - older.epochMs, days. */
  ageDays: number;
  /** |A(tB) - B(tB)|, TEME, km. */
  errorKm: Kilometers;
  /** Component along B's radius vector (positive = A higher), km. */
  radialKm: Kilometers;
  /** Component along B's orbit normal (positive = along the angular momentum), km. */
  crossTrackKm: Kilometers;
  /**
   * Signed arc along B's orbit from B to A's position projected into B's orbit plane (positive = A ahead), km.
   * Taken from an angle in (-180, 180] degrees, so it is only the true along-track error while that is under half
   * an orbit: past that, the positions alone cannot tell ahead from behind.
   */
  alongTrackArcKm: Kilometers;
}

const dot = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
const cross = (a: Vec3, b: Vec3): Vec3 => ({
  x: a.y * b.z - a.z * b.y,
  y: a.z * b.x - a.x * b.z,
  z: a.x * b.y - a.y * b.x,
});
const unit = (a: Vec3): Vec3 => {
  const n = Math.hypot(a.x, a.y, a.z);
  return { x: a.x / n, y: a.y / n, z: a.z / n };
};

/** Error of `older` propagated to the epoch of `newer`, decomposed in newer's radial / along-track / cross-track frame. */
export function pairError(older: Tle, newer: Tle): TlePair {
  const predicted = sgp4AtMs(createSatrec(older), newer.epochMs);
  const truth = sgp4AtMs(createSatrec(newer), newer.epochMs);
  if (predicted === null || truth === null)
    throw new Error(`SGP4 failed for pair ${older.line1.slice(18, 32)} -> ${newer.line1.slice(18, 32)}`);
  const r = truth.position;
  const p = predicted.position;
  const d: Vec3 = { x: p.x - r.x, y: p.y - r.y, z: p.z - r.z };
  const radial = unit(r);
  const normal = unit(cross(r, truth.velocity));
  const along = cross(normal, radial);
  const radiusKm = Math.hypot(r.x, r.y, r.z);
  return {
    older,
    newer,
    ageDays: (newer.epochMs - older.epochMs) / MS_PER_DAY,
    errorKm: Math.hypot(d.x, d.y, d.z),
    radialKm: dot(d, radial),
    crossTrackKm: dot(d, normal),
    alongTrackArcKm: Math.atan2(dot(p, along), dot(p, radial)) * radiusKm,
  };
}

let catalogue: Tle[] | null = null;

/** Every element set of test-support/fixtures/tles.txt (a copy of the reference set), parsed once. */
export function referenceTles(): Tle[] {
  catalogue ??= parseTleText(readFileSync(path.join(process.cwd(), 'test-support/fixtures/tles.txt'), 'utf8'));
  return catalogue;
}

/** All pairs of one object's sets between `minAgeDays` and `maxAgeDays` apart, oldest first. */
export function referencePairs(
  noradId: number,
  minAgeDays = PAIR_MIN_AGE_DAYS,
  maxAgeDays = PAIR_MAX_AGE_DAYS,
): TlePair[] {
  const sets = referenceTles()
    .filter((t) => t.noradId === noradId)
    .sort((a, b) => a.epochMs - b.epochMs);
  const pairs: TlePair[] = [];
  sets.forEach((older, i) => {
    for (const newer of sets.slice(i + 1)) {
      const ageDays = (newer.epochMs - older.epochMs) / MS_PER_DAY;
      if (ageDays >= minAgeDays && ageDays <= maxAgeDays) pairs.push(pairError(older, newer));
    }
  });
  return pairs;
}
