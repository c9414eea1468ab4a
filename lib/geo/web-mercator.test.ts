import { describe, expect, it } from 'vitest';
import { latLon, lonLat } from './lat-lon';
import { asLatLon, MAX_MERCATOR_LAT, mercatorX, mercatorY, svgPathData } from './web-mercator';

/** Leaflet's EPSG:3857 in world units, written out independently: y = R ln tan(pi/4 + phi/2), scaled to 0..1. */
const leafletY = (latDeg: number): number => {
  const phi = (latDeg * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
};

/** Absolute vertices of a path made of M and relative l commands. */
function vertices(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Ml])(-?\d+)\s*(-?\d+)/g)) {
    if (cmd === 'M') {
      x = Number(a);
      y = Number(b);
    } else {
      x += Number(a);
      y += Number(b);
    }
    out.push([x, y]);
  }
  return out;
}

describe('Web Mercator world units', () => {
  it('matches Leaflet’s spherical Mercator and its edges', () => {
    for (const lat of [-80, -51.6, -12.3, 0, 23.44, 45, 51.6, 80])
      expect(mercatorY(lat)).toBeCloseTo(leafletY(lat), 12);
    expect(mercatorY(MAX_MERCATOR_LAT)).toBeCloseTo(0, 9);
    expect(mercatorY(-MAX_MERCATOR_LAT)).toBeCloseTo(1, 9);
    // Beyond the edge the world ends: clamped, never Infinity.
    expect(mercatorY(90)).toBeCloseTo(0, 9);
    expect(mercatorY(-90)).toBeCloseTo(1, 9);
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
  });
});

describe('svgPathData', () => {
  const line = [latLon(0, 0), latLon(0.05, 0.05), latLon(10, 20), latLon(-30, 90)];

  it('writes each vertex relative to the last, rounding to whole units', () => {
    const d = svgPathData([line], 1000);
    expect(d.startsWith('M500 500')).toBe(true);
    const expected = line.map(([lat, lon]) => [Math.round(mercatorX(lon) * 1000), Math.round(mercatorY(lat) * 1000)]);
    // The second vertex rounds onto the first (under one unit) and is dropped.
    expect(vertices(d)).toEqual([expected[0], expected[2], expected[3]]);
  });

  it('drops vertices closer than minStep but keeps both ends of a line', () => {
    const dense = Array.from({ length: 101 }, (_, i) => latLon(0, i * 0.1));
    const points = vertices(svgPathData([dense], 1000, { minStep: 5 }));
    expect(points[0]).toEqual([500, 500]);
    expect(points.at(-1)).toEqual([Math.round(mercatorX(10) * 1000), 500]);
    for (let i = 1; i < points.length - 1; i++)
      expect(Math.abs((points[i]?.[0] ?? 0) - (points[i - 1]?.[0] ?? 0))).toBeGreaterThanOrEqual(5);
    expect(points.length).toBeLessThan(12);
  });

  it('repeats pieces on the world copies it is given and closes rings', () => {
    const ring = [latLon(10, 10), latLon(20, 10), latLon(20, 20), latLon(10, 10)];
    const d = svgPathData([ring], 1000, { closed: true, offsets: [-360, 0, 360] });
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/z/g)).toHaveLength(3);
    const starts = [...d.matchAll(/M(-?\d+)/g)].map((m) => Number(m[1]));
    expect(starts).toEqual([
      Math.round(mercatorX(10) * 1000) - 1000,
      Math.round(mercatorX(10) * 1000),
      Math.round(mercatorX(10) * 1000) + 1000,
    ]);
  });

  it('leaves out pieces of fewer than two points', () => {
    expect(svgPathData([[latLon(1, 1)], []], 1000)).toBe('');
  });

  it('takes GeoJSON-order rings through asLatLon', () => {
    expect(asLatLon([lonLat(-0.13, 51.5)])).toEqual([latLon(51.5, -0.13)]);
  });
});
