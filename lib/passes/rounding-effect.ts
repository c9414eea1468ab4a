import type { Pass } from './types';

/** Coordinates for a subscription: rounded to 0.1 deg (at most 0.05 deg off, about 5.6 km north-south). */
export const roundCoordinate = (deg: number): number => Math.round(deg * 10) / 10 || 0;

interface RoundingEffect {
  /** Passes found at both places (matched by highest point within 5 minutes). */
  matched: number;
  /** Passes found at one place only (a pass at the edge of the minimum elevation). */
  unmatched: number;
  /** Largest change of a rise, highest point or set time, seconds. */
  maxTimeShiftSec: number;
  /** Largest change of a highest point's elevation, degrees. */
  maxElevationChangeDeg: number;
  /** Passes whose visible label differs. */
  visibilityChanged: number;
}

/** How much moving the observer (rounding the coordinates) changes a list of passes: the same window, two places. */
export function roundingEffect(exact: readonly Pass[], rounded: readonly Pass[]): RoundingEffect {
  let matched = 0;
  let maxTimeShiftSec = 0;
  let maxElevationChangeDeg = 0;
  let visibilityChanged = 0;
  for (const pass of exact) {
    const other = rounded.find((p) => Math.abs(p.culmination.atMs - pass.culmination.atMs) < 300_000);
    if (!other) continue;
    matched += 1;
    for (const key of ['rise', 'culmination', 'set'] as const) {
      maxTimeShiftSec = Math.max(maxTimeShiftSec, Math.abs(other[key].atMs - pass[key].atMs) / 1000);
    }
    maxElevationChangeDeg = Math.max(maxElevationChangeDeg, Math.abs(other.maxElevationDeg - pass.maxElevationDeg));
    if (other.visible !== pass.visible) visibilityChanged += 1;
  }
  return {
    matched,
    unmatched: exact.length - matched + (rounded.length - matched),
    maxTimeShiftSec,
    maxElevationChangeDeg,
    visibilityChanged,
  };
}
