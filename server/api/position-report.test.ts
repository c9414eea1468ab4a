import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSatrec } from '../../lib/orbit/satrec';
import { parseTleLines } from '../../lib/tle';
import { KM_PER_MILE } from '../../lib/units';
import type { GroundTrackSample as Sample } from '../../test-support/groundtrack-samples';
import { buildPositionReport } from './position-report';
const ref = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'test-support/fixtures/groundtrack-samples.json'), 'utf8'),
) as {
  tle: [string, string, string];
  samples: Sample[];
};
const tle = parseTleLines(ref.tle[1], ref.tle[2], ref.tle[0]);
const satrec = createSatrec(tle);

const lonDiff = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('buildPositionReport against Skyfield (reference TLE, groundtrack.json)', () => {
  it.each(ref.samples)('at $t', (s) => {
    const atMs = Date.parse(s.t);
    const r = buildPositionReport({ tle, satrec, tleSource: 'embedded', atMs, units: 'kilometers' });
    expect(r).not.toBeNull();
    if (!r) return;
    // satellite.js matches the reference to about a metre: 1e-4 deg is ~11 m.
    expect(Math.abs(r.latitude - s.lat_deg)).toBeLessThan(1e-4);
    expect(lonDiff(r.longitude, s.lon_deg)).toBeLessThan(1e-4);
    expect(Math.abs(r.altitude - s.alt_km)).toBeLessThan(0.01);
    expect(Math.abs(r.velocity - s.speed_inertial_km_s * 3600)).toBeLessThan(0.1);
    expect(r.visibility).toBe(s.sunlit_geometric_conical ? 'daylight' : 'eclipsed');
    expect(r.timestamp).toBe(atMs / 1000);
    expect(r).toMatchObject({
      name: 'iss',
      id: 25544,
      units: 'kilometers',
      tle_epoch: '2026-10-09T19:42:49.139Z',
      tle_source: 'embedded',
    });
  });
});

describe('buildPositionReport fields', () => {
  const atMs = Date.parse('2026-10-09T19:42:49.139Z');
  const km = buildPositionReport({ tle, satrec, tleSource: 'live', atMs, units: 'kilometers' });
  const mi = buildPositionReport({ tle, satrec, tleSource: 'live', atMs, units: 'miles' });

  it('converts distances and speeds to miles and leaves angles alone', () => {
    if (!km || !mi) throw new Error('no report');
    expect(mi.units).toBe('miles');
    expect(mi.altitude * KM_PER_MILE).toBeCloseTo(km.altitude, 9);
    expect(mi.velocity * KM_PER_MILE).toBeCloseTo(km.velocity, 9);
    expect(mi.footprint * KM_PER_MILE).toBeCloseTo(km.footprint, 9);
    expect(mi.latitude).toBe(km.latitude);
    expect(mi.longitude).toBe(km.longitude);
    expect(mi.solar_lon).toBe(km.solar_lon);
    // ~423 km up: 263 mi; ~27,570 km/h: ~17,130 mph.
    expect(mi.altitude).toBeCloseTo(423.1185 / KM_PER_MILE, 1);
  });

  it('gives the Julian day and a plausible footprint and Sun', () => {
    if (!km) throw new Error('no report');
    // JD of 2026-10-09T19:42:49.139Z: JD 2461323.0 is 2026-10-09T12:00Z.
    expect(km.daynum).toBeCloseTo(2461323 + (7 * 3600 + 42 * 60 + 49.139) / 86400, 8);
    // The horizon circle of a 423 km orbit is about 4,500 km across, as wheretheiss.at reports.
    expect(km.footprint).toBeGreaterThan(4400);
    expect(km.footprint).toBeLessThan(4600);
    // Independent low-precision almanac (Astronomical Almanac's 0.01 deg Sun formula) for the subsolar point.
    const n = km.daynum - 2451545.0;
    const rad = Math.PI / 180;
    const g = (357.528 + 0.9856003 * n) * rad;
    const lambda = (280.46 + 0.9856474 * n + 1.915 * Math.sin(g) + 0.02 * Math.sin(2 * g)) * rad;
    const eps = (23.439 - 0.0000004 * n) * rad;
    const decDeg = Math.asin(Math.sin(eps) * Math.sin(lambda)) / rad;
    const raDeg = Math.atan2(Math.cos(eps) * Math.sin(lambda), Math.cos(lambda)) / rad;
    const gmstDeg = 280.46061837 + 360.98564736629 * n;
    expect(Math.abs(km.solar_lat - decDeg)).toBeLessThan(0.02);
    expect(km.solar_lon).toBeGreaterThanOrEqual(0);
    expect(km.solar_lon).toBeLessThan(360);
    expect(lonDiff(km.solar_lon, raDeg - gmstDeg)).toBeLessThan(0.02);
  });

  it('names another satellite after its TLE', () => {
    const css = parseTleLines(
      '1 48274U 21035A   26279.66863779  .00016881  00000+0  20358-3 0  9998',
      '2 48274  41.4703   4.9680 0001458 342.2236  17.8551 15.60381928310579',
      'CSS (TIANHE)',
    );
    const r = buildPositionReport({
      tle: css,
      satrec: createSatrec(css),
      tleSource: 'file',
      atMs: css.epochMs,
      units: 'kilometers',
    });
    expect(r?.name).toBe('css (tianhe)');
    expect(r?.id).toBe(48274);
  });
});
