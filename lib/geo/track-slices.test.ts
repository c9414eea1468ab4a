import { readFileSync } from 'node:fs';
import { twoline2satrec } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { newestTle } from '../../test-support/catalogue';
import { orbitPeriodMs } from '../orbit/kepler';
import { geodeticAt } from '../orbit/propagate';
import { createSatrec } from '../orbit/satrec';
import { latLon, type LatLon } from './lat-lon';
import { parseTleLines, tleChecksum, type Tle } from '../tle';
import {
  sampleTimeAtOrBefore,
  sampleTimedTrack,
  sliceTrack,
  trackCovers,
  trackEndMs,
  trackPointAt,
  trackWindow,
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
    const gappy: TimedTrack = {
      startMs: 0,
      stepMs: 1000,
      points: [latLon(0, 0), latLon(0, 1), null, latLon(0, 3), latLon(0, 4)],
    };
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

/** A synthetic near-circular LEO with a valid checksum, for inclinations no real set in the file has. */
function syntheticTle(inclinationDeg: number, raanDeg: number, meanMotion: number): Tle {
  const body1 = '1 90001U 26001A   26282.50000000  .00001000  00000+0  50000-4 0  999';
  const incl = inclinationDeg.toFixed(4).padStart(8, ' ');
  const raan = raanDeg.toFixed(4).padStart(8, ' ');
  const body2 = `2 90001 ${incl} ${raan} 0010000  90.0000 270.0000 ${meanMotion.toFixed(8).padStart(11, ' ')}    1`;
  return parseTleLines(`${body1}${tleChecksum(body1)}`, `${body2}${tleChecksum(body2)}`, `TEST ${inclinationDeg}`);
}

const CASES: Array<{ label: string; tle: Tle }> = [
  { label: 'ISS 51.6 deg', tle: newestTle(25544) },
  { label: 'Tiangong 41.5 deg', tle: newestTle(48274) },
  { label: 'Hubble 28.5 deg', tle: newestTle(20580) },
  { label: 'polar 90 deg (synthetic)', tle: syntheticTle(90, 40, 14.2) },
  { label: 'sun-synchronous retrograde 98.2 deg (synthetic)', tle: syntheticTle(98.2, 200, 14.57) },
  { label: 'strongly retrograde 140 deg (synthetic)', tle: syntheticTle(140, 300, 15.2) },
];

function checkPieces(points: LatLon[], pieces: LatLon[][]): { crossings: number; eastward: number; westward: number } {
  let eastward = 0;
  let westward = 0;
  for (const piece of pieces) {
    expect(piece.length).toBeGreaterThan(1);
    for (let i = 1; i < piece.length; i++) {
      expect(Math.abs((piece[i] as LatLon)[1] - (piece[i - 1] as LatLon)[1])).toBeLessThanOrEqual(180);
    }
  }
  for (let k = 1; k < pieces.length; k++) {
    const end = (pieces[k - 1] as LatLon[])[(pieces[k - 1] as LatLon[]).length - 1] as LatLon;
    const start = (pieces[k] as LatLon[])[0] as LatLon;
    // Each piece ends on one edge and the next starts at the same latitude on the opposite edge.
    expect(Math.abs(end[1])).toBe(180);
    expect(start[1]).toBe(-end[1]);
    expect(start[0]).toBe(end[0]);
    if (end[1] === 180) eastward += 1;
    else westward += 1;
  }
  // Nothing lost, nothing reordered: removing the inserted edge vertices gives the input back.
  const inserted = new Set<LatLon>();
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as LatLon[];
    if (k > 0) inserted.add(piece[0] as LatLon);
    if (k < pieces.length - 1) inserted.add(piece[piece.length - 1] as LatLon);
  }
  expect(pieces.flat().filter((p) => !inserted.has(p))).toEqual(points);
  return { crossings: pieces.length - 1, eastward, westward };
}

/** Latitude where the SGP4 track really crosses the antimeridian between two instants (bisection on time). */
function trueCrossingLat(tle: Tle, aMs: number, bMs: number): number {
  const satrec = createSatrec(tle);
  const lonAt = (t: number): number => geodeticAt(satrec, t)?.longitudeDeg ?? NaN;
  const aSide = Math.sign(lonAt(aMs));
  let lo = aMs;
  let hi = bMs;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (Math.sign(lonAt(mid)) === aSide) lo = mid;
    else hi = mid;
  }
  return geodeticAt(satrec, hi)?.latitudeDeg ?? NaN;
}

describe('the map track (sampleTimedTrack, then sliceTrack) on real and synthetic orbits', () => {
  for (const { label, tle } of CASES) {
    it(`${label}: cuts at every crossing, interpolates the crossing latitude, loses no point`, () => {
      const satrec = createSatrec(tle);
      const period = orbitPeriodMs(tle);
      // One orbit behind the epoch and three ahead.
      const fromMs = tle.epochMs - period;
      const toMs = tle.epochMs + 3 * period;
      const stepMs = 30_000;
      const timed = sampleTimedTrack(satrec, fromMs, toMs, stepMs);
      expect(timed.points.length).toBe(Math.ceil((toMs - fromMs) / stepMs) + 1);
      const points = timed.points.filter((p): p is LatLon => p !== null);
      expect(points).toHaveLength(timed.points.length);
      // Sliced from the first sample to the last, so both ends are samples and every sample is in a piece.
      const pieces = sliceTrack(timed, timed.startMs, trackEndMs(timed));
      const { crossings, eastward, westward } = checkPieces(points, pieces);
      expect(crossings).toBeGreaterThanOrEqual(3);

      // Prograde LEO tracks run east across 180; retrograde ones run west across -180.
      if (tle.inclinationDeg < 90) expect(eastward).toBeGreaterThan(westward);
      if (tle.inclinationDeg > 90) expect(westward).toBeGreaterThan(eastward);

      // The interpolated crossing latitude is where the satellite really crossed, to 0.05 deg at 30 s steps.
      let worstDeg = 0;
      let cut = 0;
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1] as LatLon;
        const b = points[i] as LatLon;
        if (Math.abs(b[1] - a[1]) <= 180) continue;
        const piece = pieces[cut] as LatLon[];
        const edgeVertex = piece[piece.length - 1] as LatLon;
        cut += 1;
        const tA = fromMs + (i - 1) * stepMs;
        const truth = trueCrossingLat(tle, tA, tA + stepMs);
        worstDeg = Math.max(worstDeg, Math.abs(edgeVertex[0] - truth));
      }
      expect(cut).toBe(crossings);
      expect(worstDeg).toBeLessThan(0.05);
    });
  }
});

describe('sampleTimedTrack', () => {
  const iss = newestTle(25544);

  it('samples from the start at the given step, through the end, matching geodeticAt', () => {
    const issSatrec = createSatrec(iss);
    const from = iss.epochMs;
    const timed = sampleTimedTrack(issSatrec, from, from + 600_000, 60_000);
    expect(timed.points).toHaveLength(11);
    const fifth = geodeticAt(issSatrec, from + 300_000);
    expect(timed.points[5]).toEqual([fifth?.latitudeDeg, fifth?.longitudeDeg]);
    // An end that is not on the grid is covered by one more sample.
    const ragged = sampleTimedTrack(issSatrec, from, from + 90_000, 60_000);
    expect(ragged.points).toHaveLength(3);
    expect(trackCovers(ragged, from, from + 90_000)).toBe(true);
    expect(() => sampleTimedTrack(issSatrec, from, from + 1000, 0)).toThrow(RangeError);
  });

  it('the ISS track reaches +-51.6 deg latitude and no further', () => {
    const issSatrec = createSatrec(iss);
    const timed = sampleTimedTrack(issSatrec, iss.epochMs, iss.epochMs + orbitPeriodMs(iss), 10_000);
    const lats = timed.points.map((p) => (p === null ? NaN : p[0]));
    // Geodetic latitude peaks slightly above the inclination (ellipsoid normal tilts towards the pole).
    expect(Math.max(...lats)).toBeGreaterThan(51.5);
    expect(Math.max(...lats)).toBeLessThan(52.1);
    expect(Math.min(...lats)).toBeLessThan(-51.5);
    expect(Math.min(...lats)).toBeGreaterThan(-52.1);
  });
});

describe('trackWindow', () => {
  const period = 92.9 * 60_000;
  it('runs from the orbits behind to the orbits ahead, the next orbit ending one period on', () => {
    expect(trackWindow(1e12, period, 2, 1)).toEqual({
      fromMs: 1e12 - period,
      firstOrbitEndMs: 1e12 + period,
      toMs: 1e12 + 2 * period,
    });
  });
  it('with nothing ahead, the next orbit ends where it starts', () => {
    expect(trackWindow(1e12, period, 0, 0)).toEqual({ fromMs: 1e12, firstOrbitEndMs: 1e12, toMs: 1e12 });
  });
});
