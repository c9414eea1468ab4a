import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSatrec } from '../../lib/orbit/satrec';
import { parseTleText, type Tle } from '../../lib/tle';
import { REBOOST_THRESHOLD_KM, compareElementSets, semiMajorAxisKm, type ElementSet } from './reboost';

const iss = parseTleText(readFileSync('test-support/fixtures/tles.txt', 'utf8')).filter((tle) => tle.noradId === 25544);
const hst = parseTleText(readFileSync('test-support/fixtures/tles.txt', 'utf8')).find(
  (tle) => tle.noradId === 20580,
) as Tle;

function setAt(isoDay: string): ElementSet {
  const tle = iss.find((t) => new Date(t.epochMs).toISOString().startsWith(isoDay));
  if (!tle) throw new Error(`no ISS TLE with epoch on ${isoDay} in test-support/fixtures/tles.txt`);
  return { tle, satrec: createSatrec(tle) };
}

describe('reboost detection with the real element sets around the September 2026 reboosts', () => {
  it('the sets on either side of the early-September burn are far apart: a reboost, the orbit raised', () => {
    const before = setAt('2026-08-25');
    const after = setAt('2026-09-06');
    const change = compareElementSets(before, after, after.tle.epochMs);
    expect(change?.kind).toBe('reboost');
    expect(change?.shiftKm).toBeGreaterThan(1000); // twelve days of a higher, slower orbit: far along the track
    // A reboost raises the ISS by one to a few kilometres.
    expect(change?.meanAltitudeChangeKm).toBeGreaterThan(0.5);
    expect(change?.meanAltitudeChangeKm).toBeLessThan(5);
  });

  it('the late-September burn is caught as well', () => {
    const before = setAt('2026-09-16');
    const after = setAt('2026-09-27');
    const change = compareElementSets(before, after, after.tle.epochMs);
    expect(change?.kind).toBe('reboost');
    expect(change?.shiftKm).toBeGreaterThan(REBOOST_THRESHOLD_KM);
  });

  it('routine updates a day or two apart move the prediction by a few km at most: nothing to say', () => {
    for (const [a, b] of [
      ['2026-10-08', '2026-10-09'],
      ['2026-10-05', '2026-10-08'],
      ['2026-10-03', '2026-10-05'],
      ['2026-10-02', '2026-10-03'],
    ] as const) {
      const before = setAt(a);
      const after = setAt(b);
      const change = compareElementSets(before, after, after.tle.epochMs);
      expect(change?.kind, `${a} -> ${b}`).toBe('minor');
      expect(change?.shiftKm, `${a} -> ${b}`).toBeLessThan(10);
    }
  });

  it('a large shift while the orbit kept decaying is a correction, not a reboost', () => {
    // Five days apart across no burn: drag modelling error alone moves the prediction tens of km.
    const change = compareElementSets(setAt('2026-09-27'), setAt('2026-10-02'), setAt('2026-10-02').tle.epochMs);
    expect(change?.shiftKm).toBeGreaterThan(REBOOST_THRESHOLD_KM);
    expect(change?.meanAltitudeChangeKm).toBeLessThan(0);
    expect(change?.kind).toBe('correction');
  });

  it('the same set compared with itself has not moved', () => {
    const set = setAt('2026-10-09');
    expect(compareElementSets(set, set, set.tle.epochMs + 3_600_000)).toMatchObject({
      shiftKm: 0,
      meanAltitudeChangeKm: 0,
      kind: 'minor',
    });
  });

  it('sets for different objects are not compared', () => {
    expect(compareElementSets(setAt('2026-10-09'), { tle: hst, satrec: createSatrec(hst) }, hst.epochMs)).toBeNull();
  });

  it('the mean orbit from the mean motion puts the ISS about 420 km up (Earth radius 6378 km)', () => {
    const altitude = semiMajorAxisKm(setAt('2026-10-09').tle.meanMotionRevPerDay) - 6378.137;
    expect(altitude).toBeGreaterThan(400);
    expect(altitude).toBeLessThan(440);
  });
});
