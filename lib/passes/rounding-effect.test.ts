import { describe, expect, it } from 'vitest';
import { findPasses } from './find-passes';
import { roundCoordinate, roundingEffect } from './rounding-effect';
import { referenceSatrec } from '../../test-support/passes';

const satrec = referenceSatrec();
const fromMs = Date.parse('2026-10-09T19:42:49.139Z');
const toMs = fromMs + 10 * 86_400_000;

describe("rounding a subscription's coordinates to 0.1 deg", () => {
  it('rounds to one decimal, no negative zero', () => {
    expect(roundCoordinate(51.5074)).toBe(51.5);
    expect(roundCoordinate(-0.1278)).toBe(-0.1);
    expect(roundCoordinate(-0.04)).toBe(0);
    expect(Object.is(roundCoordinate(-0.04), -0)).toBe(false);
  });

  // The worst case of rounding is 0.05 deg in both coordinates: measured on places that are that far off.
  it.each([
    ['London', 51.5074, -0.1278],
    ['Houston', 29.7604, -95.3698],
    ['Sydney', -33.8688, 151.2093],
    ['worst case, 0.05 deg off both ways', 47.45, 8.55],
  ])('%s: the passes move by seconds and a fraction of a degree', (_name, lat, lon) => {
    const exact = findPasses(
      satrec,
      { latitudeDeg: lat, longitudeDeg: lon, heightM: 0 },
      { fromMs, toMs, minElevationDeg: 0 },
    );
    const rounded = findPasses(
      satrec,
      { latitudeDeg: roundCoordinate(lat), longitudeDeg: roundCoordinate(lon), heightM: 0 },
      { fromMs, toMs, minElevationDeg: 0 },
    );
    const effect = roundingEffect(exact, rounded);
    expect(effect.matched).toBeGreaterThan(40);
    expect(effect.unmatched).toBeLessThanOrEqual(1);
    expect(effect.maxTimeShiftSec).toBeLessThan(20);
    // At most 0.05 deg off in each coordinate is at most 7.9 km: seen overhead from 420 km, 1.08 deg.
    expect(effect.maxElevationChangeDeg).toBeLessThan(1.08);
    console.info(
      `${_name}: ${effect.matched} passes, times within ${effect.maxTimeShiftSec.toFixed(1)} s, highest points within ${effect.maxElevationChangeDeg.toFixed(2)} deg, ${effect.visibilityChanged} visibility label(s) changed, ${effect.unmatched} unmatched`,
    );
  });
});
