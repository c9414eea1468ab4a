import { describe, expect, it } from 'vitest';
import { decodeGazetteer, foldName, searchPlaces, type GazetteerRow } from './gazetteer';

// Real GeoNames rows (name, country, admin, lat, lon, population, capital) as the build script writes them.
const rows: GazetteerRow[] = [
  ['London', 'GB', 'ENG', 51.509, -0.126, 7556900, 1],
  ['London', 'CA', '', 42.984, -81.233, 346765, 0],
  ['Londonderry County Borough', 'GB', 'NIR', 54.997, -7.309, 87153, 0],
  ['New London', 'US', 'CT', 41.356, -72.1, 27179, 0],
  ['East London', 'ZA', '', -33.015, 27.912, 478676, 0],
  ['Reykjavík', 'IS', '', 64.135, -21.895, 118918, 1],
  ['Portland', 'US', 'OR', 45.524, -122.676, 632309, 0],
  ['Portland', 'US', 'ME', 43.661, -70.255, 66881, 0],
  ['Saint-Denis', 'RE', '', -20.882, 55.448, 137195, 1],
  ['São Paulo', 'BR', '', -23.548, -46.636, 10021295, 0],
  ['Paris', 'FR', '', 48.853, 2.349, 2138551, 1],
  ['Paris', 'US', 'TX', 33.661, -95.556, 25171, 0],
];
const places = decodeGazetteer({
  version: 1,
  source: 'test',
  rows: [...rows, ['broken', 'XX'], ['Nowhere', 'XX', '', 95, 0, 1, 0]],
});
const names = (query: string, options = {}) =>
  searchPlaces(places, query, options).map((p) => `${p.name}, ${p.adminCode || p.countryCode}`);
const countryName = (code: string) => ({ CA: 'Canada', GB: 'United Kingdom', US: 'United States', FR: 'France' })[code];

describe('decodeGazetteer', () => {
  it('keeps well-formed rows only', () => {
    expect(places).toHaveLength(rows.length);
    expect(places[0]).toMatchObject({
      name: 'London',
      countryCode: 'GB',
      latitudeDeg: 51.509,
      capital: true,
      key: 'london',
    });
  });
  it('refuses a file that is not a gazetteer', () => {
    expect(() => decodeGazetteer({ rows: [] })).toThrow(/gazetteer/);
    expect(() => decodeGazetteer(null)).toThrow(/gazetteer/);
  });
});

describe('foldName', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldName('Reykjavík')).toBe('reykjavik');
    expect(foldName('São  Paulo')).toBe('sao paulo');
    expect(foldName('Saint-Denis')).toBe('saint denis');
    expect(foldName('Straße')).toBe('strasse');
  });
});

describe('searchPlaces', () => {
  it('puts the exact name first and the biggest such place before smaller ones', () => {
    expect(names('london')).toEqual([
      'London, ENG',
      'London, CA',
      'Londonderry County Borough, NIR',
      'East London, ZA',
      'New London, CT',
    ]);
  });
  it('matches as people type, without accents', () => {
    expect(names('lond')[0]).toBe('London, ENG');
    expect(names('reykjavik')).toEqual(['Reykjavík, IS']);
    expect(names('sao p')).toEqual(['São Paulo, BR']);
    expect(names('denis')).toEqual(['Saint-Denis, RE']);
  });
  it('narrows by country code, state code or country name after a comma', () => {
    expect(names('london, ca')).toEqual(['London, CA']);
    expect(names('London, Canada', { countryName })).toEqual(['London, CA']);
    expect(names('paris, tx')).toEqual(['Paris, TX']);
    expect(names('paris, united', { countryName })).toEqual(['Paris, TX']);
  });
  it('reads a trailing code without a comma', () => {
    expect(names('portland me')).toEqual(['Portland, ME']);
    expect(names('portland')).toEqual(['Portland, OR', 'Portland, ME']);
  });
  it('needs three letters before matching inside a word, and limits the list', () => {
    expect(names('on')).toEqual([]);
    expect(names('ond')).toContain('London, ENG');
    expect(names('l', { limit: 2 })).toHaveLength(2);
    expect(names('   ')).toEqual([]);
  });
});
