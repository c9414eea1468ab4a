import { describe, expect, it } from 'vitest';
import { findPasses } from './find-passes';
import { passPath } from './sky-path';
import { loadReference, observerOf, referenceSatrec } from '../../test-support/passes';

const satrec = referenceSatrec();

describe('passPath', () => {
  const ref = loadReference('houston');
  const observer = observerOf(ref);
  const passes = findPasses(satrec, observer, {
    fromMs: Date.parse(ref.window_start),
    toMs: Date.parse(ref.window_end),
  });
  const visible = passes.filter((p) => p.visible);
  const daylight = passes.find((p) => !p.visible);

  it('samples the whole pass, from the exact rise to the exact set', () => {
    const pass = passes[0];
    if (!pass) throw new Error('no passes');
    const path = passPath(satrec, observer, pass, 10);
    expect(path[0]?.atMs).toBe(pass.rise.atMs);
    expect(path[path.length - 1]?.atMs).toBe(pass.set.atMs);
    expect(path.length).toBe(Math.ceil(pass.durationSec / 10) + 1);
    for (const p of path) expect(p.elevationDeg).toBeGreaterThan(-0.01);
    const top = Math.max(...path.map((p) => p.elevationDeg));
    expect(top).toBeLessThanOrEqual(pass.maxElevationDeg + 1e-9);
    expect(pass.maxElevationDeg - top).toBeLessThan(1);
  });

  it('flags the visible samples inside the visible segment and nowhere else', () => {
    expect(visible.length).toBeGreaterThan(0);
    for (const pass of visible) {
      const path = passPath(satrec, observer, pass, 5);
      const start = pass.visibleStart?.atMs ?? NaN;
      const end = pass.visibleEnd?.atMs ?? NaN;
      for (const p of path) {
        if (p.atMs > start + 1000 && p.atMs < end - 1000) expect(p.visible).toBe(true);
        if (p.atMs < start - 1000 || p.atMs > end + 1000) expect(p.visible).toBe(false);
        if (p.visible) expect(p.sunlit).toBe(true);
      }
    }
  });

  it('has no visible sample on a pass that is not visible', () => {
    if (!daylight) throw new Error('expected a pass that is not visible');
    expect(passPath(satrec, observer, daylight).some((p) => p.visible)).toBe(false);
  });
});
