import { describe, expect, it } from 'vitest';
import { isSunlit } from '../sun/shadow';
import { sunAltitudeDeg } from '../sun/sun-position';
import { sgp4AtMs } from '../orbit/propagate';
import { findPasses } from './find-passes';
import { loadReference, observerOf, referenceSatrec } from '../../test-support/passes';
import type { Observer } from './types';
import { TWILIGHT_SUN_ALTITUDE_DEG } from './visibility';

const satrec = referenceSatrec();

/** The visibility rule evaluated directly at one moment, without the search's machinery. */
function visibleAt(observer: Observer, t: number): boolean {
  const pv = sgp4AtMs(satrec, t);
  if (!pv) throw new Error('propagation failed');
  return (
    isSunlit(pv.position, t) &&
    sunAltitudeDeg(observer.latitudeDeg, observer.longitudeDeg, t) <= TWILIGHT_SUN_ALTITUDE_DEG
  );
}

describe.each(['london', 'houston', 'sydney'] as const)('visible segments: %s', (city) => {
  const ref = loadReference(city);
  const observer = observerOf(ref);
  const passes = findPasses(satrec, observer, {
    fromMs: Date.parse(ref.window_start),
    toMs: Date.parse(ref.window_end),
  });

  // The geometric visible part, whatever its height (the `visible` label adds the 10 deg rule on top).
  const withPart = passes.filter((p) => p.visibleStart !== null);

  it('start and end where the lighting really changes (to 1 s), or at rise and set', () => {
    const visible = withPart;
    expect(visible.length).toBeGreaterThan(0);
    for (const pass of visible) {
      const start = pass.visibleStart?.atMs ?? NaN;
      const end = pass.visibleEnd?.atMs ?? NaN;
      expect(start).toBeGreaterThanOrEqual(pass.rise.atMs);
      expect(end).toBeLessThanOrEqual(pass.set.atMs);
      expect(end).toBeGreaterThan(start);
      expect(visibleAt(observer, start + 1000)).toBe(true);
      expect(visibleAt(observer, end - 1000)).toBe(true);
      if (start > pass.rise.atMs + 1) expect(visibleAt(observer, start - 1000)).toBe(false);
      if (end < pass.set.atMs - 1) expect(visibleAt(observer, end + 1000)).toBe(false);
    }
  });

  it('finds no visible moment in passes without a visible part (checked every 5 s)', () => {
    for (const pass of passes.filter((p) => p.visibleStart === null)) {
      for (let t = pass.rise.atMs; t <= pass.set.atMs; t += 5000) expect(visibleAt(observer, t)).toBe(false);
    }
  });

  it('gives visible parts a plausible ISS magnitude, and none without a standard magnitude', () => {
    const visible = withPart;
    for (const pass of visible) {
      expect(pass.magnitude).not.toBeNull();
      expect(pass.magnitude ?? NaN).toBeGreaterThan(-5);
      expect(pass.magnitude ?? NaN).toBeLessThan(4);
    }
    expect(
      findPasses(satrec, observer, {
        fromMs: Date.parse(ref.window_start),
        toMs: Date.parse(ref.window_end),
        standardMagnitude: null,
      }).every((p) => p.magnitude === null),
    ).toBe(true);
  });
});
