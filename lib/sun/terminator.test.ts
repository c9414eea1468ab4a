import { describe, expect, it } from 'vitest';
import type { LatLon } from '../geo/lat-lon';
import { nightPolygons } from './terminator';
import { subsolarPoint, sunAltitudeDeg } from './sun-position';

/**
 * Even-odd point in polygon over all the rings on the flat lon/lat map, the way the night shade's filled
 * Leaflet polygon (one polygon of every ring, fill-rule evenodd) decides.
 */
function inside(rings: LatLon[][], lat: number, lon: number): boolean {
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

const MOMENTS = {
  'March equinox': Date.parse('2026-03-20T14:46:00Z'),
  'June solstice': Date.parse('2026-06-21T08:24:00Z'),
  'September equinox, night over the antimeridian': Date.parse('2026-09-23T12:00:00Z'),
  'December solstice': Date.parse('2026-12-21T20:50:00Z'),
  'reference TLE epoch': Date.parse('2026-10-09T19:42:49.139Z'),
  'mid-May, Sun near the antimeridian': Date.parse('2026-05-10T23:50:00Z'),
};
const BANDS = [0, -6, -12, -18];

describe('nightPolygons', () => {
  for (const [label, t] of Object.entries(MOMENTS)) {
    for (const band of BANDS) {
      it(`${label}, Sun below ${band} deg: inside exactly where the Sun is below that altitude`, () => {
        const ring = nightPolygons(t, band);
        const sub = subsolarPoint(t);
        expect(inside(ring, sub.latitudeDeg, sub.longitudeDeg)).toBe(false);
        const antiLon = sub.longitudeDeg > 0 ? sub.longitudeDeg - 180 : sub.longitudeDeg + 180;
        expect(inside(ring, -sub.latitudeDeg, antiLon)).toBe(true);

        let checked = 0;
        const wrong: string[] = [];
        for (let lat = -89; lat <= 89; lat += 3) {
          for (let lon = -179.5; lon < 180; lon += 4) {
            const alt = sunAltitudeDeg(lat, lon, t);
            // The drawing uses a sphere; the ellipsoid shifts the line by up to ~0.2 deg.
            if (Math.abs(alt - band) < 0.5) continue;
            if (inside(ring, lat, lon) !== alt < band) wrong.push(`(${lat}, ${lon}) Sun at ${alt.toFixed(2)}`);
            checked += 1;
          }
        }
        expect(checked).toBeGreaterThan(4000);
        expect(wrong).toEqual([]);
      });
    }
  }

  it('contains local midnight: 60 N is darker than -6 but not -12 on the June solstice night', () => {
    const t = MOMENTS['June solstice'];
    const antiLon = subsolarPoint(t).longitudeDeg - 180 + (subsolarPoint(t).longitudeDeg < 0 ? 360 : 0);
    expect(inside(nightPolygons(t, 0), 60, antiLon)).toBe(true);
    expect(inside(nightPolygons(t, -6), 60, antiLon)).toBe(true);
    expect(inside(nightPolygons(t, -12), 60, antiLon)).toBe(false);
    expect(inside(nightPolygons(t, 0), 40, antiLon)).toBe(true);
    expect(inside(nightPolygons(t, -18), 40, antiLon)).toBe(true);
  });

  it('closes towards the dark pole at the solstices', () => {
    const june = nightPolygons(MOMENTS['June solstice'], 0);
    const december = nightPolygons(MOMENTS['December solstice'], 0);
    for (const lon of [-179, -90, 0, 90, 179]) {
      expect(inside(june, -89.5, lon)).toBe(true);
      expect(inside(june, 89.5, lon)).toBe(false);
      expect(inside(december, 89.5, lon)).toBe(true);
      expect(inside(december, -89.5, lon)).toBe(false);
    }
  });

  it('never draws a line across the map: every jump over 180 deg of longitude runs along the top or bottom edge', () => {
    for (const t of Object.values(MOMENTS)) {
      for (const band of BANDS) {
        const rings = nightPolygons(t, band);
        expect(rings.flat().length).toBeGreaterThan(100);
        for (const ring of rings) {
          for (let i = 0; i < ring.length; i++) {
            const a = ring[i] as LatLon;
            const b = ring[(i + 1) % ring.length] as LatLon;
            expect(Math.abs(a[1])).toBeLessThanOrEqual(180);
            if (Math.abs(b[1] - a[1]) > 180) {
              expect(Math.abs(a[0])).toBe(90);
              expect(b[0]).toBe(a[0]);
            }
          }
        }
      }
    }
  });

  it('splits a twilight band that straddles the antimeridian near the equinox into two pieces', () => {
    const rings = nightPolygons(MOMENTS['September equinox, night over the antimeridian'], -12);
    expect(rings).toHaveLength(2);
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        expect(Math.abs((ring[i] as LatLon)[1] - (ring[i - 1] as LatLon)[1])).toBeLessThan(180);
      }
    }
  });

  it('rejects altitudes above the horizon', () => {
    expect(() => nightPolygons(MOMENTS['March equinox'], 3)).toThrow(RangeError);
  });
});
