import { readFileSync } from 'node:fs';
import { twoline2satrec } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import type { LatLon } from '../orbit/ground-track';
import {
  sampleTimeAtOrBefore,
  sampleTimedTrack,
  sliceTrack,
  trackCovers,
  trackPointAt,
  type TimedTrack,
} from './track-slices';

interface Fixture {
  tle: [string, string, string];
  samples: Array<{ t: string; lat_deg: number; lon_deg: number }>;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../test-support/fixtures/groundtrack-skyfield-sample.json', import.meta.url), 'utf8'),
) as Fixture;
const satrec = twoline2satrec(fixture.tle[1], fixture.tle[2]);
const EPOCH_MS = Date.parse('2026-10-09T19:42:49.139Z');
const PERIOD_MS = 86_400_000 / 15.48793003;
const STEP_MS = 30_000;
// Start off the reference's 60 s grid so every reference time falls between two samples.
const track = sampleTimedTrack(satrec, EPOCH_MS - 17_000, EPOCH_MS + 5 * 3_600_000, STEP_MS);

const lonDiff = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('trackPointAt', () => {
  it('interpolates between 30 s samples to within 0.03 deg of Skyfield', () => {
    let worst = 0;
    for (const s of fixture.samples) {
      const p = trackPointAt(track, Date.parse(s.t));
      expect(p).not.toBeNull();
      const [lat, lon] = p as LatLon;
      worst = Math.max(worst, Math.abs(lat - s.lat_deg), lonDiff(lon, s.lon_deg));
    }
    expect(worst).toBeLessThan(0.03);
  });

  it('is null outside the samples', () => {
    expect(trackPointAt(track, EPOCH_MS - 60_000)).toBeNull();
    expect(trackPointAt(track, EPOCH_MS + 6 * 3_600_000)).toBeNull();
  });
});

describe('sliceTrack', () => {
  const nowMs = EPOCH_MS + 2 * 3_600_000 + 12_345;

  it('cuts one orbit into pieces that never jump across the map and meet at the antimeridian', () => {
    const pieces = sliceTrack(track, nowMs, nowMs + PERIOD_MS);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    for (const piece of pieces) {
      for (let i = 1; i < piece.length; i++) {
        expect(Math.abs((piece[i] as LatLon)[1] - (piece[i - 1] as LatLon)[1])).toBeLessThan(180);
      }
    }
    for (let k = 1; k < pieces.length; k++) {
      const end = (pieces[k - 1] as LatLon[]).at(-1) as LatLon;
      const start = (pieces[k] as LatLon[])[0] as LatLon;
      expect(Math.abs(end[1])).toBe(180);
      expect(start[1]).toBe(-end[1]);
      expect(start[0]).toBeCloseTo(end[0], 9);
    }
  });

  it('starts and ends exactly at the requested instants, so behind and ahead join at the station', () => {
    const behind = sliceTrack(track, nowMs - PERIOD_MS, nowMs);
    const ahead = sliceTrack(track, nowMs, nowMs + PERIOD_MS);
    const here = trackPointAt(track, nowMs) as LatLon;
    expect(behind.at(-1)?.at(-1)).toEqual(here);
    expect(ahead[0]?.[0]).toEqual(here);
    // Ground track of one orbit: the ISS swings through its inclination both ways.
    const lats = ahead.flat().map(([lat]) => lat);
    expect(Math.max(...lats)).toBeGreaterThan(51);
    expect(Math.min(...lats)).toBeLessThan(-51);
  });

  it('returns nothing for an empty or reversed span, and leaves gaps where SGP4 failed', () => {
    expect(sliceTrack(track, nowMs, nowMs)).toEqual([]);
    expect(sliceTrack(track, nowMs, nowMs - 1)).toEqual([]);
    const gappy: TimedTrack = { startMs: 0, stepMs: 1000, points: [[0, 0], [0, 1], null, [0, 3], [0, 4]] };
    expect(sliceTrack(gappy, 0, 4000)).toEqual([
      [
        [0, 0],
        [0, 1],
      ],
      [
        [0, 3],
        [0, 4],
      ],
    ]);
  });
});

describe('sample bookkeeping', () => {
  it('finds the sample at or before an instant and whether a window is covered', () => {
    expect(sampleTimeAtOrBefore(track, track.startMs + 2.5 * STEP_MS)).toBe(track.startMs + 2 * STEP_MS);
    expect(trackCovers(track, EPOCH_MS, EPOCH_MS + 3_600_000)).toBe(true);
    expect(trackCovers(track, EPOCH_MS - 60_000, EPOCH_MS)).toBe(false);
  });
});
