import { describe, expect, it } from 'vitest';
import { MAX_CIRCLE_SEGMENTS, MIN_CIRCLE_SEGMENTS, circleSegments } from './circle-segments';

const gapOf = (radiusPx: number, n: number): number => radiusPx * (1 - Math.cos(Math.PI / n));

describe('circleSegments', () => {
  it('keeps the gap between polygon and circle within the tolerance, with the fewest sides that do', () => {
    for (const r of [40, 57, 80, 150, 400, 1200]) {
      for (const tol of [0.1, 0.25, 0.5]) {
        const n = circleSegments(r, tol);
        if (n === MIN_CIRCLE_SEGMENTS || n === MAX_CIRCLE_SEGMENTS) continue;
        expect(gapOf(r, n)).toBeLessThanOrEqual(tol);
        expect(gapOf(r, n - 1)).toBeGreaterThan(tol);
      }
    }
  });

  it('matches the sides worked out by hand for the footprint at world zoom', () => {
    // r = 57 px, 0.25 px: acos(1 - 0.25 / 57) = 0.09372 rad, pi / 0.09372 = 33.5.
    expect(circleSegments(57, 0.25)).toBe(34);
    // Four times the radius needs twice the sides (the sagitta grows with r / n^2).
    expect(circleSegments(228, 0.25)).toBe(68);
  });

  it('stays within its limits for tiny, huge and meaningless inputs', () => {
    expect(circleSegments(3, 0.25)).toBe(MIN_CIRCLE_SEGMENTS);
    expect(circleSegments(0.1, 0.25)).toBe(MIN_CIRCLE_SEGMENTS);
    expect(circleSegments(1e6, 0.25)).toBe(MAX_CIRCLE_SEGMENTS);
    expect(circleSegments(Number.NaN, 0.25)).toBe(MIN_CIRCLE_SEGMENTS);
    expect(circleSegments(100, 0)).toBe(MIN_CIRCLE_SEGMENTS);
    expect(circleSegments(-5, 0.25)).toBe(MIN_CIRCLE_SEGMENTS);
  });
});
