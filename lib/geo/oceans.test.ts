import { describe, expect, it } from 'vitest';
import { pointInRings, waterIdAt, waterNameAt, WATER_IDS, WATER_NAMES, WATER_REGIONS } from './oceans';
import { lonLats } from '../../test-support/lat-lon';
import { LOCALES } from '../i18n/locales';
import { TEST_MESSAGES } from '../../test-support/i18n/speech';

describe('waterNameAt', () => {
  it('names every point on a 2-degree grid of the globe after a region in the table (never unknown)', () => {
    const known = new Set<string>(Object.values(WATER_NAMES));
    const unnamed: string[] = [];
    for (let lat = -90; lat <= 90; lat += 2) {
      for (let lon = -180; lon < 180; lon += 2) {
        const name = waterNameAt(lat, lon);
        if (!known.has(name)) unnamed.push(`${lat},${lon}:${name}`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('splits the Atlantic and the Pacific at the equator', () => {
    expect(waterNameAt(0.5, -30)).toBe('North Atlantic Ocean');
    expect(waterNameAt(-0.5, -30)).toBe('South Atlantic Ocean');
    expect(waterNameAt(0.5, -140)).toBe('North Pacific Ocean');
    expect(waterNameAt(-0.5, -140)).toBe('South Pacific Ocean');
  });

  it('puts the Atlantic-Indian boundary at 20 E south of Africa and the Atlantic-Pacific one at Cape Horn', () => {
    expect(waterNameAt(-45, 19)).toBe('South Atlantic Ocean');
    expect(waterNameAt(-45, 21)).toBe('Indian Ocean');
    expect(waterNameAt(-58, -66)).toBe('South Atlantic Ocean');
    expect(waterNameAt(-58, -69)).toBe('South Pacific Ocean');
  });

  it('wraps longitudes', () => {
    expect(waterNameAt(57, -175 + 360)).toBe('Bering Sea');
    expect(waterNameAt(20, 38.5 - 360)).toBe('Red Sea');
  });

  it('has only regions whose rings stay within the map, with at least three vertices', () => {
    for (const region of WATER_REGIONS) {
      expect(region.rings.length).toBeGreaterThan(0);
      for (const ring of region.rings) {
        expect(ring.length).toBeGreaterThanOrEqual(3);
        for (const [lon, lat] of ring) {
          expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat)).toBeLessThanOrEqual(90);
        }
      }
    }
  });
});

describe('water ids', () => {
  it('gives every region of the table, and both halves of the Atlantic and Pacific, a name', () => {
    const used = new Set<string>(['northPacificOcean', 'southPacificOcean']);
    for (const region of WATER_REGIONS) for (const id of [region.id].flat()) used.add(id);
    expect([...used].sort()).toEqual([...WATER_IDS].sort());
  });

  it('finds the id of the same water as the name', () => {
    expect(waterIdAt(42, 51)).toBe('caspianSea');
    expect(waterIdAt(0.5, -30)).toBe('northAtlanticOcean');
    expect(waterIdAt(-30, -120)).toBe('southPacificOcean');
    for (let lat = -89; lat <= 89; lat += 4) {
      for (let lon = -179; lon < 180; lon += 4) expect(WATER_NAMES[waterIdAt(lat, lon)]).toBe(waterNameAt(lat, lon));
    }
  });

  it('has the English name as its English message, so English reads as before', () => {
    for (const id of WATER_IDS) expect(TEST_MESSAGES.en.regions.water[id]).toBe(WATER_NAMES[id]);
  });

  it.each(LOCALES)('has a name in every language: %s', (locale) => {
    const water: Record<string, string | undefined> = TEST_MESSAGES[locale].regions.water;
    const missing = WATER_IDS.filter((id) => !water[id]?.trim());
    expect(missing).toEqual([]);
    // A message no region gives would be a translation nobody sees: a renamed id left behind.
    expect(Object.keys(water).sort()).toEqual([...WATER_IDS].sort());
  });
});

describe('pointInRings', () => {
  const square = lonLats([
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ]);
  it('finds inside and outside with the even-odd rule', () => {
    expect(pointInRings(5, 5, [square])).toBe(true);
    expect(pointInRings(15, 5, [square])).toBe(false);
    const hole = lonLats([
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
    ]);
    expect(pointInRings(5, 5, [square, hole])).toBe(false);
    expect(pointInRings(2, 2, [square, hole])).toBe(true);
  });
});
