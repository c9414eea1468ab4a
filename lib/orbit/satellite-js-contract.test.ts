import { readFileSync } from 'node:fs';
import { twoline2satrec } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { newestTle } from '../../test-support/catalogue';

// The lean SGP4 port (sgp4-near-earth.ts) reads satellite.js's internal satrec fields, which are not part of its
// documented API: a new satellite.js could rename one or change its meaning without a type error. These tests
// tie the port to the exact version it was verified against and check every field it reads on a real satrec.

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const PORT_SOURCE = readFileSync(new URL('./sgp4-near-earth.ts', import.meta.url), 'utf8');

/** The satrec fields the port reads, from its source (comments left out, so `satrec.error` in prose is not one). */
function satrecFieldsReadByPort(): string[] {
  const code = PORT_SOURCE.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return [...new Set([...code.matchAll(/\bsatrec\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1] ?? ''))].sort();
}

/** What each field must hold: `method` is 'n' or 'd', every other field the port reads is a number. */
const expectedType = (field: string): 'string' | 'number' => (field === 'method' ? 'string' : 'number');

describe('satellite.js internals read by the lean SGP4 port', () => {
  it('satellite.js is pinned to the exact version the port was verified against, and that version is installed', () => {
    const pkg = readJson('../../package.json') as { dependencies: Record<string, string> };
    const installed = readJson('../../node_modules/satellite.js/package.json') as { version: string };
    expect(pkg.dependencies['satellite.js'], 'package.json must pin satellite.js exactly (no ^ or ~)').toBe('7.1.0');
    expect(installed.version, 'installed satellite.js').toBe('7.1.0');
  });

  const fields = satrecFieldsReadByPort();

  it('finds the fields the port reads in its source', () => {
    // A parse that found nothing would make the next test pass vacuously.
    expect(fields.length).toBeGreaterThanOrEqual(30);
    expect(fields).toEqual(expect.arrayContaining(['method', 'isimp', 'cc1', 'cc4', 'cc5', 'bstar', 'no', 'inclo']));
    expect(fields).not.toContain('error');
  });

  it.each(fields)('a satrec built by satellite.js has satrec.%s of the type the port expects', (field) => {
    const tle = newestTle(25544);
    const satrec = twoline2satrec(tle.line1, tle.line2) as unknown as Record<string, unknown>;
    const value = satrec[field];
    expect(field in satrec, `satrec.${field} is missing from satellite.js's satrec`).toBe(true);
    expect(typeof value, `satrec.${field} changed type`).toBe(expectedType(field));
    if (typeof value === 'number') expect(Number.isFinite(value), `satrec.${field} is not finite: ${value}`).toBe(true);
  });

  it('the near-Earth marker the port switches on is what satellite.js sets for the ISS', () => {
    const tle = newestTle(25544);
    const satrec = twoline2satrec(tle.line1, tle.line2);
    expect(satrec.method).toBe('n');
    expect([0, 1]).toContain(satrec.isimp);
  });
});
