import { describe, expect, it } from 'vitest';
import { parseTleLines, tleChecksum, type Tle } from '../tle';
import { newestTle } from '../../test-support/catalogue';
import { createSatrec } from './satrec';
import { geodeticAt } from './propagate';
import { sampleGroundTrack, splitAtAntimeridian, trackWindow, type LatLon } from './ground-track';
import { orbitPeriodMs } from './kepler';

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

/** Same shape and longitudes; latitudes within `tolDeg` (inserted crossings follow the great circle). */
function expectPieces(actual: LatLon[][], expected: LatLon[][], tolDeg: number): void {
  expect(actual.map((piece) => piece.map((p) => p[1]))).toEqual(expected.map((piece) => piece.map((p) => p[1])));
  actual.forEach((piece, k) =>
    piece.forEach((p, i) => expect(Math.abs(p[0] - ((expected[k] as LatLon[])[i] as LatLon)[0])).toBeLessThan(tolDeg)),
  );
}

describe('splitAtAntimeridian on real and synthetic tracks', () => {
  for (const { label, tle } of CASES) {
    it(`${label}: cuts at every crossing, interpolates the crossing latitude, loses no point`, () => {
      const satrec = createSatrec(tle);
      const period = orbitPeriodMs(tle);
      const { fromMs, toMs } = trackWindow(tle.epochMs, period, 1, 3);
      const stepSec = 30;
      const points = sampleGroundTrack(satrec, fromMs, toMs, stepSec);
      expect(points.length).toBe(Math.floor((toMs - fromMs) / 30_000) + 2);
      const pieces = splitAtAntimeridian(points);
      const { crossings, eastward, westward } = checkPieces(points, pieces);
      expect(crossings).toBeGreaterThanOrEqual(3);

      const prograde = tle.inclinationDeg < 90;
      // Prograde LEO tracks run east across 180; retrograde ones run west across -180.
      if (prograde) expect(eastward).toBeGreaterThan(westward);
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
        const tA = fromMs + (i - 1) * stepSec * 1000;
        const truth = trueCrossingLat(tle, tA, tA + stepSec * 1000);
        worstDeg = Math.max(worstDeg, Math.abs(edgeVertex[0] - truth));
      }
      expect(cut).toBe(crossings);
      expect(worstDeg).toBeLessThan(0.05);
    });
  }

  it('interpolates the crossing on a synthetic eastward track', () => {
    const pieces = splitAtAntimeridian([
      [10, 170],
      [12, 178],
      [14, -174],
      [16, -166],
    ]);
    expectPieces(
      pieces,
      [
        [
          [10, 170],
          [12, 178],
          [12.5, 180],
        ],
        [
          [12.5, -180],
          [14, -174],
          [16, -166],
        ],
      ],
      0.1,
    );
  });

  it('interpolates the crossing on a synthetic westward track, and handles several in a row', () => {
    const pieces = splitAtAntimeridian([
      [-20, -176],
      [-24, 176],
      [-26, 170],
      [-27, 179],
      [-28, -179],
    ]);
    expectPieces(
      pieces,
      [
        [
          [-20, -176],
          [-22, -180],
        ],
        [
          [-22, 180],
          [-24, 176],
          [-26, 170],
          [-27, 179],
          [-27.5, 180],
        ],
        [
          [-27.5, -180],
          [-28, -179],
        ],
      ],
      0.1,
    );
  });

  it('does not add a duplicate vertex when a sample lies exactly on the edge', () => {
    expectPieces(
      splitAtAntimeridian([
        [0, 170],
        [1, 180],
        [2, -170],
      ]),
      [
        [
          [0, 170],
          [1, 180],
        ],
        [
          [1, -180],
          [2, -170],
        ],
      ],
      1e-9,
    );
  });

  it('follows the great circle near a pole, where a straight lat/lon line would cut the corner', () => {
    // Two points 2 deg from the north pole, nearly opposite each other: the short path runs almost over the
    // pole and meets the antimeridian near 89.97 deg, far from the 88 deg a straight lat/lon line gives.
    const [first] = splitAtAntimeridian([
      [88, 100],
      [88, -81],
    ]);
    const crossing = (first as LatLon[])[(first as LatLon[]).length - 1] as LatLon;
    expect(crossing[1]).toBe(180);
    expect(crossing[0]).toBeGreaterThan(89.9);
    expect(crossing[0]).toBeLessThan(90);
  });

  it('leaves a track that never crosses as one piece, and an empty track empty', () => {
    const track: LatLon[] = [
      [0, -10],
      [5, 10],
      [10, 30],
    ];
    expect(splitAtAntimeridian(track)).toEqual([track]);
    expect(splitAtAntimeridian([])).toEqual([]);
  });
});

describe('sampleGroundTrack, trackWindow', () => {
  const iss = newestTle(25544);

  it('trackWindow spans the asked orbits behind and ahead', () => {
    const period = orbitPeriodMs(iss);
    expect(trackWindow(1_000_000, period)).toEqual({ fromMs: 1_000_000 - period, toMs: 1_000_000 + 2 * period });
    expect(trackWindow(0, 100, 0.5, 1.5)).toEqual({ fromMs: -50, toMs: 150 });
  });

  it('samples from start to end inclusive, at the given step, matching geodeticAt', () => {
    const satrec = createSatrec(iss);
    const from = iss.epochMs;
    const points = sampleGroundTrack(satrec, from, from + 600_000, 60);
    expect(points).toHaveLength(11);
    const fifth = geodeticAt(satrec, from + 300_000);
    expect(points[5]).toEqual([fifth?.latitudeDeg, fifth?.longitudeDeg]);
    // An end that is not on the grid is still included.
    const ragged = sampleGroundTrack(satrec, from, from + 90_000, 60);
    expect(ragged).toHaveLength(3);
    expect(() => sampleGroundTrack(satrec, from, from + 1000, 0)).toThrow(RangeError);
  });

  it('the ISS track reaches +-51.6 deg latitude and no further', () => {
    const satrec = createSatrec(iss);
    const points = sampleGroundTrack(satrec, iss.epochMs, iss.epochMs + orbitPeriodMs(iss), 10);
    const maxLat = Math.max(...points.map((p) => p[0]));
    const minLat = Math.min(...points.map((p) => p[0]));
    // Geodetic latitude peaks slightly above the inclination (ellipsoid normal tilts towards the pole).
    expect(maxLat).toBeGreaterThan(51.5);
    expect(maxLat).toBeLessThan(52.1);
    expect(minLat).toBeLessThan(-51.5);
    expect(minLat).toBeGreaterThan(-52.1);
  });
});
