import { describe, expect, it } from 'vitest';
import { toRadians, type Degrees, type Radians } from '../units';
import {
  MEAN_EARTH_RADIUS_KM,
  footprintAngle,
  footprintDiameterKm,
  footprintPolygons,
  footprintRadiusKm,
} from './footprint';
import type { LatLon } from '../geo/lat-lon';

/** Great-circle central angle between two points, radians. */
function centralAngle(lat1Deg: Degrees, lon1Deg: Degrees, lat2Deg: Degrees, lon2Deg: Degrees): Radians {
  const p1 = toRadians(lat1Deg);
  const p2 = toRadians(lat2Deg);
  const dp = p2 - p1;
  const dl = toRadians(lon2Deg - lon1Deg);
  const h = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Even-odd point in polygon on the flat lon/lat map, the way a filled Leaflet polygon decides. */
function insideAny(rings: LatLon[][], lat: number, lon: number): boolean {
  let c = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [yi, xi] = ring[i] as LatLon;
      const [yj, xj] = ring[j] as LatLon;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

const isEdgeVertex = (p: LatLon): boolean => Math.abs(p[1]) === 180 || Math.abs(p[0]) === 90;

describe('footprintRadiusKm and footprintDiameterKm', () => {
  it('follows the horizon geometry: cos(angle) = R / (R + h) at 0 deg elevation', () => {
    for (const h of [200, 420, 800, 20_200, 35_786]) {
      const angle = footprintRadiusKm(h) / MEAN_EARTH_RADIUS_KM;
      expect(Math.cos(angle)).toBeCloseTo(MEAN_EARTH_RADIUS_KM / (MEAN_EARTH_RADIUS_KM + h), 12);
      expect(footprintDiameterKm(h)).toBeCloseTo(2 * footprintRadiusKm(h), 9);
    }
  });

  it('gives the ISS (420 km) a horizon footprint about 4,500 km across, as wheretheiss.at reports', () => {
    expect(footprintDiameterKm(420)).toBeGreaterThan(4450);
    expect(footprintDiameterKm(420)).toBeLessThan(4600);
  });

  it('shrinks with a minimum elevation, matching the slant-range triangle', () => {
    const h = 420;
    const el = 10;
    const angle = footprintRadiusKm(h, el) / MEAN_EARTH_RADIUS_KM;
    // Law of sines in the Earth centre / observer / satellite triangle: the angle at the satellite is
    // 90 - el - angle, and R / sin(that) = (R + h) / sin(90 + el).
    const atSat = Math.PI / 2 - toRadians(el) - angle;
    expect(MEAN_EARTH_RADIUS_KM / Math.sin(atSat)).toBeCloseTo((MEAN_EARTH_RADIUS_KM + h) / Math.cos(toRadians(el)), 6);
    expect(footprintRadiusKm(h, 10)).toBeLessThan(footprintRadiusKm(h, 0));
    expect(footprintRadiusKm(h, 90)).toBe(0);
    expect(footprintRadiusKm(0)).toBe(0);
  });
});

describe('footprintPolygons', () => {
  const cases: Array<{ label: string; lat: number; lon: number; alt: number; rings: number; pole: number | null }> = [
    { label: 'ISS over Europe', lat: 48, lon: 10, alt: 420, rings: 1, pole: null },
    { label: 'ISS straddling the antimeridian', lat: -20, lon: 178, alt: 420, rings: 2, pole: null },
    { label: 'ISS just west of -180', lat: 40, lon: -179.5, alt: 420, rings: 2, pole: null },
    { label: 'polar satellite over the north pole region', lat: 80, lon: 30, alt: 800, rings: 1, pole: 90 },
    {
      label: 'polar satellite near the south pole and the antimeridian',
      lat: -78,
      lon: 179,
      alt: 800,
      rings: 1,
      pole: -90,
    },
    { label: 'GEO satellite', lat: 0, lon: -75, alt: 35_786, rings: 1, pole: null },
    { label: 'GEO satellite over the Pacific', lat: 0, lon: 160, alt: 35_786, rings: 2, pole: null },
  ];

  for (const c of cases) {
    it(`${c.label}: vertices on the circle, correct pieces, area inside the circle only`, () => {
      const rings = footprintPolygons(c.lat, c.lon, c.alt, 128);
      const angle = footprintAngle(c.alt);
      expect(rings).toHaveLength(c.rings);
      let onCircle = 0;
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i++) {
          const p = ring[i] as LatLon;
          expect(Math.abs(p[1])).toBeLessThanOrEqual(180);
          const q = ring[(i + 1) % ring.length] as LatLon;
          // No edge crosses the map except along the top or bottom border.
          if (Math.abs(q[1] - p[1]) > 180) expect(Math.abs(p[0]) === 90 && q[0] === p[0]).toBe(true);
          if (isEdgeVertex(p)) continue;
          expect(Math.abs(centralAngle(c.lat, c.lon, p[0], p[1]) - angle)).toBeLessThan(1e-9);
          onCircle += 1;
        }
      }
      expect(onCircle).toBe(128);
      if (c.pole !== null) {
        expect(rings[0]?.some((p) => p[0] === c.pole)).toBe(true);
        expect(insideAny(rings, c.pole * 0.999, 0)).toBe(true);
        expect(insideAny(rings, c.pole * 0.999, -179.9)).toBe(true);
      }
      // A filled map polygon covers exactly the circle: sample the globe and compare.
      const wrong: string[] = [];
      for (let lat = -89.25; lat < 90; lat += 1.5) {
        for (let lon = -179.25; lon < 180; lon += 1.5) {
          const d = centralAngle(c.lat, c.lon, lat, lon);
          // Skip the thin band where a 128-gon's chords and the map-edge interpolation differ from the circle.
          if (Math.abs(d - angle) < toRadians(0.4)) continue;
          if (insideAny(rings, lat, lon) !== d < angle) wrong.push(`(${lat}, ${lon})`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('returns nothing for a satellite on the ground', () => {
    expect(footprintPolygons(0, 0, 0)).toEqual([]);
  });
});
