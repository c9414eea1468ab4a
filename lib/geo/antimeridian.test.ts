import { describe, expect, it } from 'vitest';
import type { Degrees } from '../units';
import {
  outlineWithoutMapEdges,
  planarRing,
  runsAlongMapEdge,
  ringArea2,
  splitLineAtAntimeridian,
  splitPolygonAtAntimeridian,
  splitTrackAtAntimeridian,
  unwrapLongitudes,
  type PlanarPolygon,
} from './antimeridian';
import { basemapGeometry, countriesOf, BASEMAP_RESOLUTIONS } from './basemap';
import { pointInRings } from './oceans';
import { footprintPolygons } from '../orbit/footprint';
import { polygonsOf } from './region';
import { loadTopology } from '../../test-support/world-atlas';
import { latLon, lonLat, type LatLon, type LonLat } from './lat-lon';
import { latLons } from '../../test-support/lat-lon';

/** Largest longitude change between neighbouring vertices (closing edge included when `closed`). */
function maxLongitudeStepDeg(ring: readonly LonLat[], closed: boolean): Degrees {
  let max = 0;
  const n = ring.length;
  const edges = closed ? n : n - 1;
  for (let i = 0; i < edges; i++) {
    const p = ring[i] as LonLat;
    const q = ring[(i + 1) % n] as LonLat;
    max = Math.max(max, Math.abs(q[0] - p[0]));
  }
  return max;
}

const area = (polygons: PlanarPolygon[]): number =>
  polygons.reduce((sum, rings) => sum + rings.reduce((s, ring) => s + Math.abs(ringArea2(ring)) / 2, 0), 0);

function expectInsideWorld(rings: readonly LonLat[][]) {
  // One assertion per ring set, not per vertex: the 50m coast has tens of thousands of vertices.
  let outside = 0;
  for (const ring of rings) {
    for (const [lon, lat] of ring) if (!(lon >= -180 && lon <= 180 && Math.abs(lat) <= 90)) outside++;
  }
  expect(outside).toBe(0);
}

describe('splitPolygonAtAntimeridian on synthetic rings', () => {
  it('leaves a polygon that does not cross the antimeridian as it is', () => {
    const square: LonLat[] = [lonLat(10, 10), lonLat(20, 10), lonLat(20, 20), lonLat(10, 20), lonLat(10, 10)];
    const out = splitPolygonAtAntimeridian([square]);
    expect(out).toHaveLength(1);
    expect(out[0]).toEqual([square.slice(0, 4)]);
  });

  it('cuts a square straddling 180 into an east and a west piece that keep its area', () => {
    // 170E..170W by 10 deg: 20 x 10 = 200 deg^2, half on each side.
    const square: LonLat[] = [lonLat(170, 0), lonLat(-170, 0), lonLat(-170, 10), lonLat(170, 10), lonLat(170, 0)];
    const out = splitPolygonAtAntimeridian([square]);
    expect(out).toHaveLength(2);
    for (const polygon of out) {
      expectInsideWorld(polygon);
      for (const ring of polygon) expect(maxLongitudeStepDeg(ring, true)).toBeLessThanOrEqual(180);
      expect(area([polygon])).toBeCloseTo(100, 9);
    }
    const lons = out.flatMap((p) => p.flatMap((r) => r.map(([lon]) => lon)));
    expect(Math.min(...lons)).toBe(-180);
    expect(Math.max(...lons)).toBe(180);
  });

  it('keeps a hole a hole in the piece it falls in (even-odd)', () => {
    const outer: LonLat[] = [lonLat(170, -10), lonLat(-170, -10), lonLat(-170, 10), lonLat(170, 10), lonLat(170, -10)];
    const hole: LonLat[] = [lonLat(172, -2), lonLat(176, -2), lonLat(176, 2), lonLat(172, 2), lonLat(172, -2)];
    const pieces = splitPolygonAtAntimeridian([outer, hole]);
    const east = pieces.find((p) => p.some((r) => r.some(([lon]) => lon > 0)));
    expect(east).toBeDefined();
    expect(pointInRings(174, 0, east ?? [])).toBe(false);
    expect(pointInRings(178, 0, east ?? [])).toBe(true);
  });

  it('closes a ring that winds round the South Pole along the pole, not across the map', () => {
    const ring: LonLat[] = [];
    for (let lon = -180; lon <= 180; lon += 10) ring.push(lonLat(lon === 180 ? -180 : lon, -70));
    const planar = planarRing(ring);
    expect(planar.some(([, lat]) => lat === -90)).toBe(true);
    const out = splitPolygonAtAntimeridian([ring]);
    expect(out).toHaveLength(1);
    // The band from -70 to the pole: 360 x 20.
    expect(area(out)).toBeCloseTo(360 * 20, 6);
    expect(pointInRings(0, -80, out[0] ?? [])).toBe(true);
    expect(pointInRings(0, -60, out[0] ?? [])).toBe(false);
  });

  it('unwraps longitudes so no step is longer than 180 deg', () => {
    const unwrapped = unwrapLongitudes([lonLat(179, 0), lonLat(-179, 1), lonLat(-178, 2), lonLat(179, 3)]);
    expect(unwrapped.map(([lon]) => lon)).toEqual([179, 181, 182, 179]);
  });
});

describe('splitLineAtAntimeridian', () => {
  it('adds the crossing point on both edges at the interpolated latitude', () => {
    const pieces = splitLineAtAntimeridian([lonLat(170, 0), lonLat(-170, 10)]);
    expect(pieces).toEqual([
      [
        [170, 0],
        [180, 5],
      ],
      [
        [-180, 5],
        [-170, 10],
      ],
    ]);
  });

  it('drops cut seams that run along the antimeridian or the pole edge', () => {
    expect(splitLineAtAntimeridian([lonLat(180, -16.15), lonLat(180, -16.17)])).toEqual([]);
    expect(splitLineAtAntimeridian([lonLat(-180, -89.999), lonLat(-178, -89.999), lonLat(-176, -89.999)])).toEqual([]);
  });
});

const CROSSING_FEATURES = ['Fiji', 'Russia', 'Antarctica'] as const;

describe.each(BASEMAP_RESOLUTIONS)('Natural Earth %s features that cross 180 deg', (resolution) => {
  const topology = loadTopology(resolution);
  const countries = countriesOf(topology);

  it.each(CROSSING_FEATURES)(
    '%s: the source data does cross 180 deg, and no split ring jumps across the map',
    (name) => {
      const f = countries.features.find((c) => c.properties?.name === name);
      expect(f).toBeDefined();
      const source = polygonsOf(f?.geometry ?? null);
      // The premise: unsplit, some edge jumps more than 180 deg (the stray horizontal line).
      const sourceMax = Math.max(...source.flatMap((p) => p.map((r) => maxLongitudeStepDeg(r, false))));
      expect(sourceMax).toBeGreaterThan(180);

      const split = source.flatMap((p) => splitPolygonAtAntimeridian(p));
      expect(split.length).toBeGreaterThan(0);
      for (const polygon of split) {
        expectInsideWorld(polygon);
        for (const ring of polygon) expect(maxLongitudeStepDeg(ring, true)).toBeLessThanOrEqual(180);
      }
      // Land on both sides of the antimeridian survives the split.
      const lons = split.flatMap((p) => p.flatMap((r) => r.map(([lon]) => lon)));
      expect(Math.min(...lons)).toBeLessThan(-170);
      expect(Math.max(...lons)).toBeGreaterThan(170);
    },
  );

  it('Antarctica is closed along the South Pole: the pole is inside, the Southern Ocean is not', () => {
    const f = countries.features.find((c) => c.properties?.name === 'Antarctica');
    const split = polygonsOf(f?.geometry ?? null).flatMap((p) => splitPolygonAtAntimeridian(p));
    const holds = (lon: number, lat: number) => split.some((rings) => pointInRings(lon, lat, rings));
    expect(holds(0, -85)).toBe(true);
    expect(holds(179.5, -85)).toBe(true);
    expect(holds(-179.5, -85)).toBe(true);
    expect(holds(0, -55)).toBe(false);
  });

  it('no drawn basemap ring or line has an edge longer than 180 deg in longitude', () => {
    const geometry = basemapGeometry(topology);
    expect(geometry.land.length).toBeGreaterThan(100);
    expectInsideWorld(geometry.land.flat());
    const longestRingStep = Math.max(...geometry.land.flat().map((ring) => maxLongitudeStepDeg(ring, true)));
    expect(longestRingStep).toBeLessThanOrEqual(180);
    let longestLineStep = 0;
    let seamSegments = 0;
    const lines = [...geometry.coastlines, ...geometry.borders];
    expectInsideWorld(lines);
    for (const line of lines) {
      longestLineStep = Math.max(longestLineStep, maxLongitudeStepDeg(line, false));
      // Nothing drawn along the antimeridian or the pole edge: those are cuts, not coasts.
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1] as LonLat;
        const b = line[i] as LonLat;
        if ((Math.abs(a[0]) === 180 && a[0] === b[0]) || (Math.abs(a[1]) > 89.9 && Math.abs(b[1]) > 89.9))
          seamSegments++;
      }
    }
    expect(longestLineStep).toBeLessThanOrEqual(180);
    expect(seamSegments).toBe(0);
  });
});

describe('outlineWithoutMapEdges', () => {
  it('drops the cut along 180 deg from a ring split at the antimeridian, keeping the rest of the outline', () => {
    // East piece of a square 170E..170W, 0..10N, as [lat, lon], closed along the antimeridian.
    const east = latLons([
      [0, 170],
      [0, 180],
      [10, 180],
      [10, 170],
    ]);
    expect(outlineWithoutMapEdges([east])).toEqual([
      [
        [10, 180],
        [10, 170],
        [0, 170],
        [0, 180],
      ],
    ]);
  });

  it('keeps a ring that touches no map edge whole and closed', () => {
    const ring = latLons([
      [0, 0],
      [0, 10],
      [10, 10],
    ]);
    expect(outlineWithoutMapEdges([ring])).toEqual([
      [
        [0, 0],
        [0, 10],
        [10, 10],
        [0, 0],
      ],
    ]);
  });

  it('drops edges along the pole edge of a ring closed round a pole', () => {
    const polar = latLons([
      [70, -180],
      [72, 0],
      [70, 180],
      [90, 180],
      [90, -180],
    ]);
    const lines = outlineWithoutMapEdges([polar]);
    expect(lines).toEqual([
      [
        [70, -180],
        [72, 0],
        [70, 180],
      ],
    ]);
  });
});

describe('runsAlongMapEdge', () => {
  it('is false for footprints that lie whole on the map, so they can stroke their own outline', () => {
    expect(runsAlongMapEdge(footprintPolygons(0, 0, 420, 64))).toBe(false);
    expect(runsAlongMapEdge(footprintPolygons(51.6, 120, 420, 64))).toBe(false);
    expect(runsAlongMapEdge(footprintPolygons(-51.6, -120, 420, 64))).toBe(false);
    expect(runsAlongMapEdge([])).toBe(false);
  });

  it('is true once a footprint is cut at the antimeridian, from either side', () => {
    expect(runsAlongMapEdge(footprintPolygons(45.3, -178.85, 420, 64))).toBe(true);
    expect(runsAlongMapEdge(footprintPolygons(-10, 175, 420, 64))).toBe(true);
    // At 51.6 N the footprint is 34 deg wide each side in longitude: from 150 E it already reaches past 180.
    expect(runsAlongMapEdge(footprintPolygons(51.6, 150, 420, 64))).toBe(true);
  });

  it('is true for a footprint closed round a pole along the top or bottom edge', () => {
    // 35,786 km up at 60 N, the horizon reaches past the pole.
    expect(runsAlongMapEdge(footprintPolygons(60, 20, 35_786, 64))).toBe(true);
    expect(runsAlongMapEdge(footprintPolygons(-60, 20, 35_786, 64))).toBe(true);
  });

  it('sees the closing edge of a ring as well as the listed ones', () => {
    // The edge from the last vertex back to the first runs along 180 deg.
    expect(runsAlongMapEdge([[latLon(10, 180), latLon(10, 170), latLon(0, 170), latLon(0, 180)]])).toBe(true);
    expect(runsAlongMapEdge([[latLon(0, 0), latLon(0, 10), latLon(10, 10)]])).toBe(false);
  });
});

/** Same shape and longitudes; latitudes within `tolDeg` (inserted crossings follow the great circle). */
function expectPieces(actual: LatLon[][], expected: LatLon[][], tolDeg: number): void {
  expect(actual.map((piece) => piece.map((p) => p[1]))).toEqual(expected.map((piece) => piece.map((p) => p[1])));
  actual.forEach((piece, k) =>
    piece.forEach((p, i) => expect(Math.abs(p[0] - ((expected[k] as LatLon[])[i] as LatLon)[0])).toBeLessThan(tolDeg)),
  );
}

describe('splitTrackAtAntimeridian on synthetic tracks', () => {
  it('interpolates the crossing on a synthetic eastward track', () => {
    const pieces = splitTrackAtAntimeridian([latLon(10, 170), latLon(12, 178), latLon(14, -174), latLon(16, -166)]);
    expectPieces(
      pieces,
      [
        [latLon(10, 170), latLon(12, 178), latLon(12.5, 180)],
        [latLon(12.5, -180), latLon(14, -174), latLon(16, -166)],
      ],
      0.1,
    );
  });

  it('interpolates the crossing on a synthetic westward track, and handles several in a row', () => {
    const pieces = splitTrackAtAntimeridian([
      latLon(-20, -176),
      latLon(-24, 176),
      latLon(-26, 170),
      latLon(-27, 179),
      latLon(-28, -179),
    ]);
    expectPieces(
      pieces,
      [
        [latLon(-20, -176), latLon(-22, -180)],
        [latLon(-22, 180), latLon(-24, 176), latLon(-26, 170), latLon(-27, 179), latLon(-27.5, 180)],
        [latLon(-27.5, -180), latLon(-28, -179)],
      ],
      0.1,
    );
  });

  it('does not add a duplicate vertex when a sample lies exactly on the edge', () => {
    expectPieces(
      splitTrackAtAntimeridian([latLon(0, 170), latLon(1, 180), latLon(2, -170)]),
      [
        [latLon(0, 170), latLon(1, 180)],
        [latLon(1, -180), latLon(2, -170)],
      ],
      1e-9,
    );
  });

  it('follows the great circle near a pole, where a straight lat/lon line would cut the corner', () => {
    // Two points 2 deg from the north pole, nearly opposite each other: the short path runs almost over the
    // pole and meets the antimeridian near 89.97 deg, far from the 88 deg a straight lat/lon line gives.
    const [first] = splitTrackAtAntimeridian([latLon(88, 100), latLon(88, -81)]);
    const crossing = (first as LatLon[])[(first as LatLon[]).length - 1] as LatLon;
    expect(crossing[1]).toBe(180);
    expect(crossing[0]).toBeGreaterThan(89.9);
    expect(crossing[0]).toBeLessThan(90);
  });

  it('leaves a track that never crosses as one piece, and an empty track empty', () => {
    const track: LatLon[] = [latLon(0, -10), latLon(5, 10), latLon(10, 30)];
    expect(splitTrackAtAntimeridian(track)).toEqual([track]);
    expect(splitTrackAtAntimeridian([])).toEqual([]);
  });
});
