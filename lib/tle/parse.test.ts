import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tleChecksum } from './checksum';
import { parseTle, parseTleLines, parseTleText, TleParseError } from './parse';

const catalogue = readFileSync(new URL('../../test-support/fixtures/tles.txt', import.meta.url), 'utf8');
const L1 = '1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998';
const L2 = '2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526';

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof TleParseError) return e.problem;
    throw e;
  }
  throw new Error('expected a TleParseError');
}

/** Replace one character (1-based column) and keep the rest of the line as it was. */
const withChar = (line: string, column: number, ch: string) => line.slice(0, column - 1) + ch + line.slice(column);

describe('parsing real TLEs', () => {
  it('reads every set of the reference catalogue', () => {
    const all = parseTleText(catalogue);
    expect(all).toHaveLength(42);
    expect(new Set(all.map((t) => t.noradId))).toEqual(new Set([25544, 48274, 20580]));
    for (const tle of all) expect(tleChecksum(tle.line1)).toBe(Number(tle.line1[68]));
  });

  it('extracts the fields of the reference ISS set', () => {
    const tle = parseTle(`ISS (ZARYA)\n${L1}\n${L2}\n`);
    expect(tle.name).toBe('ISS (ZARYA)');
    expect(tle.noradId).toBe(25544);
    expect(Math.abs(tle.epochMs - Date.parse('2026-10-09T19:42:49.139Z'))).toBeLessThan(1);
    expect(tle.inclinationDeg).toBe(51.6314);
    expect(tle.eccentricity).toBeCloseTo(0.0006775, 10);
    expect(tle.meanMotionRevPerDay).toBeCloseTo(15.48793003, 8);
    expect(tle.revolutionAtEpoch).toBe(58952);
  });

  it('accepts CRLF, trailing blanks, a "0 " title and no title at all', () => {
    expect(parseTle(`0 ISS (ZARYA)   \r\n${L1}  \r\n${L2}\r\n`).name).toBe('ISS (ZARYA)');
    expect(parseTle(`${L1}\n${L2}`).name).toBeNull();
  });

  it('maps two-digit years across the 1957/2056 pivot', () => {
    const old = parseTleLines(withChecksum(withChar(withChar(L1, 19, '9'), 20, '8')), L2);
    expect(new Date(old.epochMs).getUTCFullYear()).toBe(1998);
  });
});

/** Recompute column 69 so a test can change a field without tripping the checksum. */
function withChecksum(line: string): string {
  return line.slice(0, 68) + String(tleChecksum(line));
}

describe('rejecting corrupted TLEs with the place and the reason', () => {
  it('a changed digit fails the checksum of its line', () => {
    const p = problemOf(() => parseTleLines(L1, withChar(L2, 20, '3')));
    expect(p).toMatchObject({ line: 2, column: 69 });
    expect(p.message).toMatch(/checksum is 6 but the line sums to \d/);
    const p1 = problemOf(() => parseTleLines(withChar(L1, 30, '9'), L2));
    expect(p1).toMatchObject({ line: 1, column: 69 });
  });

  it('a missing line is named', () => {
    expect(problemOf(() => parseTle(`ISS (ZARYA)\n${L1}\n`))).toMatchObject({
      line: 2,
      message: expect.stringMatching(/missing/),
    });
    expect(problemOf(() => parseTle('ISS (ZARYA)\n'))).toMatchObject({
      line: 1,
      message: expect.stringMatching(/missing/),
    });
    expect(problemOf(() => parseTle(''))).toMatchObject({ line: null, message: expect.stringMatching(/empty/) });
  });

  it('a wrong line number is named with its column', () => {
    const p = problemOf(() => parseTleLines(withChecksum(withChar(L1, 1, '3')), L2));
    expect(p).toMatchObject({ line: 1, column: 1 });
    expect(p.message).toContain('expected line number "1", found "3"');
  });

  it('swapped lines are recognised as such', () => {
    const p = problemOf(() => parseTle(`${L2}\n${L1}`));
    expect(p).toMatchObject({ line: 1, column: 1 });
    expect(p.message).toMatch(/swapped/);
  });

  it('a truncated line reports its length', () => {
    const p = problemOf(() => parseTleLines(L1, L2.slice(0, 60)));
    expect(p).toMatchObject({ line: 2, column: 61 });
    expect(p.message).toMatch(/60 characters long/);
  });

  it('lines of two different satellites are refused', () => {
    const hubble2 = '2 20580  28.4733  31.8546 0001508 335.5663  24.4861 15.31851452805818';
    const p = problemOf(() => parseTleLines(L1, hubble2));
    expect(p).toMatchObject({ line: 2, column: 3 });
    expect(p.message).toMatch(/20580 does not match line 1 \(25544\)/);
  });

  it('a field that is not a number is named by its columns', () => {
    const p = problemOf(() => parseTleLines(L1, withChecksum(withChar(L2, 10, 'x'))));
    expect(p).toMatchObject({ line: 2, column: 9 });
    expect(p.message).toMatch(/inclination/);
  });

  it('an HTML error page is not a TLE', () => {
    const p = problemOf(() => parseTle('<!DOCTYPE html><html><body>Error</body></html>'));
    expect(p.line).toBe(1);
  });

  it('more than one set where one is expected', () => {
    const p = problemOf(() => parseTle(`${L1}\n${L2}\n${L1}\n${L2}`));
    expect(p.message).toMatch(/exactly one TLE, found 2/);
  });

  it("Vallado's deliberately broken cases are rejected", () => {
    const text = readFileSync(new URL('../../test-support/fixtures/sgp4-ver.tle', import.meta.url), 'utf8');
    const lines = text.split(/\r?\n/).filter((l) => /^[12] /.test(l));
    const broken = new Set(['33333', '33334', '33335']);
    let rejected = 0;
    let accepted = 0;
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const l1 = (lines[i] ?? '').slice(0, 69);
      const l2 = (lines[i + 1] ?? '').slice(0, 69);
      const id = l1.slice(2, 7).trim();
      if (broken.has(id)) {
        expect(() => parseTleLines(l1, l2)).toThrow(TleParseError);
        rejected += 1;
      } else {
        expect(() => parseTleLines(l1, l2)).not.toThrow();
        accepted += 1;
      }
    }
    expect(rejected).toBe(3);
    expect(accepted).toBe(30);
  });
});
