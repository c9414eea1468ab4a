import { describe, expect, it } from 'vitest';
import { TleParseError, parseTleLines, type Tle } from '../tle';
import { createSatrec } from './satrec';
import { propagateMinutes } from './propagate';
import { BROKEN, ver, type VerCase } from '../../test-support/sgp4-ver';

/** A Tle that skips our parser, to see what SGP4 itself says about a set the parser refuses. */
function unchecked(c: VerCase): Tle {
  return {
    name: null,
    noradId: c.satnum,
    line1: c.line1,
    line2: c.line2,
    epochMs: 0,
    inclinationDeg: 0,
    meanMotionRevPerDay: 1,
    revolutionAtEpoch: 0,
    eccentricity: 0,
  };
}

function maxErrors(c: VerCase, tle: Tle): { positionKm: number; velocityKmPerSec: number; rows: number } {
  const satrec = createSatrec(tle);
  let positionKm = 0;
  let velocityKmPerSec = 0;
  for (const row of c.expected) {
    const pv = propagateMinutes(satrec, row.tsince_min);
    if (pv === null) throw new Error(`SGP4 failed at ${row.tsince_min} min (error ${satrec.error})`);
    const [rx, ry, rz] = row.r_km;
    const [vx, vy, vz] = row.v_km_s;
    positionKm = Math.max(positionKm, Math.hypot(pv.position.x - rx, pv.position.y - ry, pv.position.z - rz));
    velocityKmPerSec = Math.max(
      velocityKmPerSec,
      Math.hypot(pv.velocity.x - vx, pv.velocity.y - vy, pv.velocity.z - vz),
    );
  }
  return { positionKm, velocityKmPerSec, rows: c.expected.length };
}

describe("Vallado's SGP4 verification set through parseTleLines + createSatrec + propagateMinutes", () => {
  const valid = ver.cases.filter((c) => !BROKEN.has(c.satnum));

  it('covers the whole file: 30 valid cases and 588 rows', () => {
    expect(valid).toHaveLength(30);
    expect(valid.reduce((n, c) => n + c.expected.length, 0)).toBe(588);
  });

  valid.forEach((c, i) => {
    it(`case ${i + 1} (satellite ${c.satnum}) matches every row to 1e-6 km and 1e-8 km/s`, () => {
      const err = maxErrors(c, parseTleLines(c.line1, c.line2));
      expect(err.positionKm).toBeLessThan(1e-6);
      expect(err.velocityKmPerSec).toBeLessThan(1e-8);
    });
  });

  it('reports an SGP4 error just past the last row wherever the verification output stops early', () => {
    let stoppedEarly = 0;
    for (const c of valid) {
      const [, stop, step] = c.start_stop_step_min;
      const last = c.expected[c.expected.length - 1];
      if (!last || last.tsince_min + step > stop) continue;
      stoppedEarly += 1;
      const satrec = createSatrec(parseTleLines(c.line1, c.line2));
      expect(propagateMinutes(satrec, last.tsince_min + step), `satellite ${c.satnum}`).toBeNull();
      expect(satrec.error).not.toBe(0);
    }
    expect(stoppedEarly).toBeGreaterThanOrEqual(4);
  });
});

describe('the deliberately broken verification sets 33333-33335', () => {
  const broken = ver.cases.filter((c) => BROKEN.has(c.satnum));

  it('are all three present', () => {
    expect(broken.map((c) => c.satnum).sort()).toEqual([33333, 33334, 33335]);
  });

  it('are rejected by the TLE parser for their checksums, with line and column', () => {
    for (const c of broken) {
      let caught: unknown;
      try {
        parseTleLines(c.line1, c.line2);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(TleParseError);
      expect((caught as TleParseError).problem.column).toBe(69);
      expect((caught as TleParseError).problem.message).toMatch(/checksum/);
    }
  });

  it('33334 is also refused by createSatrec: SGP4 finds its elements invalid at epoch', () => {
    const c = broken.find((x) => x.satnum === 33334);
    if (!c) throw new Error('case 33334 missing');
    expect(() => createSatrec(unchecked(c))).toThrow(/SGP4 cannot use the TLE for NORAD 33334: perturbed eccentricity/);
  });

  it('33333 propagates through its listed rows, then SGP4 reports an error and we return null', () => {
    const c = broken.find((x) => x.satnum === 33333);
    if (!c) throw new Error('case 33333 missing');
    const err = maxErrors(c, unchecked(c));
    expect(err.positionKm).toBeLessThan(1e-6);
    const satrec = createSatrec(unchecked(c));
    const last = c.expected[c.expected.length - 1];
    expect(propagateMinutes(satrec, (last?.tsince_min ?? 0) + c.start_stop_step_min[2])).toBeNull();
  });

  it('33335 has nothing wrong but its checksum: past the parser its rows match too', () => {
    const c = broken.find((x) => x.satnum === 33335);
    if (!c) throw new Error('case 33335 missing');
    const err = maxErrors(c, unchecked(c));
    expect(err.rows).toBe(73);
    expect(err.positionKm).toBeLessThan(1e-6);
    expect(err.velocityKmPerSec).toBeLessThan(1e-8);
  });
});
