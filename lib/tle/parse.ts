import { tleChecksum } from './checksum';
import { tleEpochToMs } from './epoch';
import type { Tle, TleProblem } from './types';

export class TleParseError extends Error {
  readonly problem: TleProblem;
  constructor(problem: TleProblem) {
    const where = [
      problem.line === null ? null : `line ${problem.line}`,
      problem.column === null ? null : `column ${problem.column}`,
    ]
      .filter(Boolean)
      .join(', ');
    super(where ? `TLE ${where}: ${problem.message}` : `TLE: ${problem.message}`);
    this.name = 'TleParseError';
    this.problem = problem;
  }
}

const fail = (line: 1 | 2 | null, column: number | null, message: string): never => {
  throw new TleParseError({ line, column, message });
};

const ALPHA5 = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // Alpha-5 skips I and O.

function parseCatalogNumber(field: string, lineNo: 1 | 2): number {
  const trimmed = field.trim();
  if (/^\d{1,5}$/.test(trimmed)) return Number(trimmed);
  const alpha = /^([A-HJ-NP-Z])(\d{4})$/.exec(trimmed);
  if (alpha?.[1] && alpha[2]) return (ALPHA5.indexOf(alpha[1]) + 10) * 10_000 + Number(alpha[2]);
  return fail(lineNo, 3, `expected a satellite catalogue number in columns 3-7, found "${field}"`);
}

/** Read a fixed-width numeric field (1-based inclusive columns) or explain what is wrong with it. */
function numericField(line: string, lineNo: 1 | 2, from: number, to: number, what: string, pattern: RegExp): number {
  const raw = line.slice(from - 1, to);
  if (!pattern.test(raw)) fail(lineNo, from, `expected ${what} in columns ${from}-${to}, found "${raw}"`);
  return Number(raw.trim());
}

function checkLine(line: string, lineNo: 1 | 2): void {
  if (line.length !== 69) {
    fail(
      lineNo,
      line.length < 69 ? line.length + 1 : 70,
      `is ${line.length} characters long; a TLE line has exactly 69`,
    );
  }
  const first = line[0];
  if (first !== String(lineNo)) {
    const other = lineNo === 1 ? '2' : '1';
    const hint = first === other ? ' (are the two lines swapped?)' : '';
    fail(lineNo, 1, `expected line number "${lineNo}", found "${first ?? ''}"${hint}`);
  }
  if (line[1] !== ' ') fail(lineNo, 2, 'expected a blank after the line number');
  const stated = line[68];
  if (stated === undefined || !/\d/.test(stated))
    fail(lineNo, 69, `expected a checksum digit, found "${stated ?? ''}"`);
  const computed = tleChecksum(line);
  if (Number(stated) !== computed) {
    fail(lineNo, 69, `checksum is ${stated} but the line sums to ${computed} (a character in columns 1-68 is wrong)`);
  }
}

const REAL = /^\s*[+-]?\d*\.?\d+\s*$/;
const UNSIGNED = /^\s*\d+\s*$/;
const DECIMAL_POINT_FREE = /^\d{7}$/;

/** Parse and validate one TLE from its two element lines and an optional title line. */
export function parseTleLines(line1Raw: string, line2Raw: string, titleRaw: string | null = null): Tle {
  const line1 = line1Raw.replace(/\s+$/, '');
  const line2 = line2Raw.replace(/\s+$/, '');
  checkLine(line1, 1);
  checkLine(line2, 2);

  const norad1 = parseCatalogNumber(line1.slice(2, 7), 1);
  const norad2 = parseCatalogNumber(line2.slice(2, 7), 2);
  if (norad1 !== norad2) {
    fail(2, 3, `satellite number ${line2.slice(2, 7).trim()} does not match line 1 (${line1.slice(2, 7).trim()})`);
  }

  const yy = numericField(line1, 1, 19, 20, 'a two-digit epoch year', /^\d{2}$/);
  const day = numericField(line1, 1, 21, 32, 'the epoch day of year', REAL);
  if (day < 1 || day >= 367) fail(1, 21, `epoch day of year ${day} is outside 1-366`);

  const inclinationDeg = numericField(line2, 2, 9, 16, 'the inclination in degrees', REAL);
  if (inclinationDeg < 0 || inclinationDeg > 180) fail(2, 9, `inclination ${inclinationDeg} is outside 0-180 degrees`);
  const raan = numericField(line2, 2, 18, 25, 'the right ascension of the node', REAL);
  if (raan < 0 || raan >= 360) fail(2, 18, `right ascension ${raan} is outside 0-360 degrees`);
  const eccRaw = line2.slice(26, 33);
  if (!DECIMAL_POINT_FREE.test(eccRaw))
    fail(2, 27, `expected 7 digits of eccentricity in columns 27-33, found "${eccRaw}"`);
  const argp = numericField(line2, 2, 35, 42, 'the argument of perigee', REAL);
  if (argp < 0 || argp >= 360) fail(2, 35, `argument of perigee ${argp} is outside 0-360 degrees`);
  const meanAnomaly = numericField(line2, 2, 44, 51, 'the mean anomaly', REAL);
  if (meanAnomaly < 0 || meanAnomaly >= 360) fail(2, 44, `mean anomaly ${meanAnomaly} is outside 0-360 degrees`);
  const meanMotionRevPerDay = numericField(line2, 2, 53, 63, 'the mean motion in revolutions per day', REAL);
  if (meanMotionRevPerDay <= 0 || meanMotionRevPerDay > 20) {
    fail(2, 53, `mean motion ${meanMotionRevPerDay} rev/day is not a plausible orbit`);
  }
  const revRaw = line2.slice(63, 68);
  const revolutionAtEpoch =
    revRaw.trim() === '' ? 0 : numericField(line2, 2, 64, 68, 'the revolution number', UNSIGNED);

  const title = titleRaw?.trim().replace(/^0 /, '').trim() ?? '';
  return {
    name: title === '' ? null : title,
    noradId: norad1,
    line1,
    line2,
    epochMs: tleEpochToMs(yy, day),
    inclinationDeg,
    meanMotionRevPerDay,
    revolutionAtEpoch,
    eccentricity: Number(`0.${eccRaw}`),
  };
}

const isElementLine = (line: string, n: '1' | '2'): boolean => line.startsWith(`${n} `);

/**
 * Parse every TLE in a text (2-line or 3-line form, CRLF or LF, blank lines ignored).
 * Throws TleParseError on the first malformed set: a bad file is rejected whole, never half-read.
 */
export function parseTleText(text: string): Tle[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) fail(null, null, 'no TLE found: the text is empty');
  const out: Tle[] = [];
  let i = 0;
  while (i < lines.length) {
    const current = lines[i] ?? '';
    let title: string | null = null;
    if (!isElementLine(current, '1') && !isElementLine(current, '2')) {
      title = current;
      i += 1;
    }
    const l1 = lines[i];
    const l2 = lines[i + 1];
    if (l1 === undefined) fail(1, null, `missing: the title "${title ?? ''}" is not followed by element lines`);
    if (l2 === undefined) fail(2, null, 'missing: the set ends after line 1');
    out.push(parseTleLines(l1 as string, l2 as string, title));
    i += 2;
  }
  return out;
}

/** Parse a text that must hold exactly one TLE. */
export function parseTle(text: string): Tle {
  const all = parseTleText(text);
  const only = all[0];
  if (all.length !== 1 || only === undefined) return fail(null, null, `expected exactly one TLE, found ${all.length}`);
  return only;
}
