import { describe, expect, it } from 'vitest';
import { findPasses } from './find-passes';
import {
  apparentElevationDeg,
  bennettRefractionDeg,
  REFRACTED_HORIZON_TRUE_DEG,
  saemundssonRefractionDeg,
} from './refraction';
import { loadReference, observerOf, referenceSatrec } from '../../test-support/passes';

describe('refraction formulas', () => {
  it('lifts the horizon by about 34 arcminutes and fades with height', () => {
    expect(REFRACTED_HORIZON_TRUE_DEG).toBeCloseTo(-0.575, 2);
    expect(saemundssonRefractionDeg(0) * 60).toBeCloseTo(29, 0);
    expect(saemundssonRefractionDeg(10) * 60).toBeCloseTo(5.3, 0);
    expect(saemundssonRefractionDeg(45) * 60).toBeCloseTo(1, 0);
    expect(Math.abs(saemundssonRefractionDeg(90) * 60)).toBeLessThan(0.05);
    for (let h = 0; h < 90; h += 5) expect(saemundssonRefractionDeg(h + 5)).toBeLessThan(saemundssonRefractionDeg(h));
  });

  it('Bennett and Saemundsson are inverse to each other within 0.1 arcminute', () => {
    for (const apparent of [0, 1, 5, 15, 40, 80]) {
      const trueEl = apparent - bennettRefractionDeg(apparent);
      expect(Math.abs(apparentElevationDeg(trueEl) - apparent) * 60).toBeLessThan(0.1);
    }
    // The refracted horizon is where the object appears at 0 deg.
    expect(Math.abs(apparentElevationDeg(REFRACTED_HORIZON_TRUE_DEG)) * 60).toBeLessThan(0.5);
  });

  it('stays finite far below the horizon', () => {
    expect(Number.isFinite(saemundssonRefractionDeg(-30))).toBe(true);
    expect(Number.isFinite(bennettRefractionDeg(-30))).toBe(true);
  });
});

describe('passes with refraction', () => {
  it('rise earlier and set later, by about ten seconds on ordinary passes, with apparent elevations', () => {
    const satrec = referenceSatrec();
    const ref = loadReference('london');
    const window = { fromMs: Date.parse(ref.window_start), toMs: Date.parse(ref.window_end) };
    const geometric = findPasses(satrec, observerOf(ref), window);
    const refracted = findPasses(satrec, observerOf(ref), { ...window, refraction: true });
    expect(refracted.length).toBeGreaterThanOrEqual(geometric.length);
    const shifts: number[] = [];
    for (const g of geometric) {
      const r = refracted.find((x) => Math.abs(x.culmination.atMs - g.culmination.atMs) < 5_000);
      expect(r).toBeDefined();
      if (!r) continue;
      const earlier = (g.rise.atMs - r.rise.atMs) / 1000;
      const later = (r.set.atMs - g.set.atMs) / 1000;
      expect(earlier).toBeGreaterThan(3);
      expect(later).toBeGreaterThan(3);
      expect(earlier).toBeLessThan(60);
      expect(later).toBeLessThan(60);
      shifts.push(earlier, later);
      expect(r.maxElevationDeg).toBeGreaterThanOrEqual(g.maxElevationDeg);
      expect(Math.abs(r.rise.elevationDeg)).toBeLessThan(0.01);
    }
    shifts.sort((a, b) => a - b);
    const median = shifts[Math.floor(shifts.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(6);
    expect(median).toBeLessThan(15);
  });
});
