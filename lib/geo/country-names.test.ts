import { describe, expect, it } from 'vitest';
import { BASEMAP_RESOLUTIONS, countriesOf } from './basemap';
import { ALPHA2_BY_NUMERIC } from './country-codes';
import { countryDisplayName, countryNameIn, countryNamingOf, LAND_IDS } from './country-names';
import { createRegionFinder, regionPiecesOf } from './region';
import { LOCALES } from '../i18n/locales';
import { loadTopology } from '../../test-support/world-atlas';
import { TEST_MESSAGES } from '../../test-support/i18n/speech';

describe('the numeric -> alpha-2 table', () => {
  it('knows a few codes everybody knows', () => {
    expect(ALPHA2_BY_NUMERIC['826']).toBe('GB');
    expect(ALPHA2_BY_NUMERIC['250']).toBe('FR');
    expect(ALPHA2_BY_NUMERIC['392']).toBe('JP');
    expect(ALPHA2_BY_NUMERIC['840']).toBe('US');
    expect(ALPHA2_BY_NUMERIC['036']).toBe('AU');
  });

  it('holds only three-digit keys and two-letter codes', () => {
    for (const [numeric, alpha2] of Object.entries(ALPHA2_BY_NUMERIC)) {
      expect(numeric).toMatch(/^\d{3}$/);
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
    }
  });
});

describe.each(BASEMAP_RESOLUTIONS)('every country piece of the %s basemap', (resolution) => {
  const features = countriesOf(loadTopology(resolution)).features;
  const withoutId = features.filter((f) => f.id === undefined).map((f) => f.properties?.name);

  it('gets a code, or is one of the listed pieces without one', () => {
    const unnamed: string[] = [];
    for (const feature of features) {
      const name = feature.properties?.name ?? '';
      if (countryNamingOf(feature.id, name) === null) unnamed.push(`${String(feature.id)} ${name}`);
    }
    expect(unnamed).toEqual([]);
  });

  it('has only the pieces without an id that the tables handle by name', () => {
    const expected = resolution === '50m' ? 5 : 3;
    expect(withoutId).toHaveLength(expected);
    expect(countryNamingOf(undefined, 'Kosovo')).toEqual({ code: 'XK' });
    expect(countryNamingOf(undefined, 'N. Cyprus')).toEqual({ code: null, id: 'northernCyprus' });
    expect(countryNamingOf(undefined, 'Somaliland')).toEqual({ code: null, id: 'somaliland' });
    if (resolution === '50m') {
      expect(countryNamingOf(undefined, 'Indian Ocean Ter.')).toEqual({
        code: null,
        id: 'australianIndianOceanTerritories',
      });
      expect(countryNamingOf(undefined, 'Siachen Glacier')).toEqual({ code: null, id: 'siachenGlacier' });
    }
  });

  it('gives the pieces without an id a region the finder answers with', () => {
    const find = createRegionFinder(countriesOf(loadTopology(resolution)));
    expect(find(42.6, 20.9)).toEqual({ kind: 'country', name: 'Kosovo', code: 'XK' }); // Pristina
    expect(find(35.2, 33.6)).toEqual({ kind: 'country', name: 'Northern Cyprus', code: null, id: 'northernCyprus' });
    expect(find(9.56, 44.06)).toEqual({ kind: 'country', name: 'Somaliland', code: null, id: 'somaliland' }); // Hargeisa
  });

  it('names every code in every language (no code left for the reader to decode)', () => {
    for (const feature of features) {
      const naming = countryNamingOf(feature.id, feature.properties?.name ?? '');
      if (naming === null || naming.code === null) continue;
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        expect(countryNameIn(locale, naming.code, '?')).not.toMatch(/^(\?|[A-Z]{2})$/);
      }
    }
  });
});

describe('pieces of one feature', () => {
  it('carry the code of their feature', () => {
    const feature = {
      id: '826',
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [-2, 52],
            [0, 52],
            [0, 54],
            [-2, 52],
          ],
        ],
      },
      properties: { name: 'United Kingdom' },
    };
    const [piece] = regionPiecesOf(feature);
    expect(piece?.region).toEqual({ kind: 'country', name: 'United Kingdom', code: 'GB' });
  });
});

describe('countryNameIn', () => {
  it('keeps the English names as they were, for sentences', () => {
    expect(countryNameIn('en', 'US', countryDisplayName('United States of America'))).toBe('United States');
    expect(countryNameIn('en', 'CD', countryDisplayName('Dem. Rep. Congo'))).toBe('Democratic Republic of the Congo');
    expect(countryNameIn('en', 'GB', 'United Kingdom')).toBe('United Kingdom');
  });

  it('names a country in the language asked', () => {
    expect(countryNameIn('fr', 'GB', 'United Kingdom')).toBe('Royaume-Uni');
    expect(countryNameIn('de', 'GB', 'United Kingdom')).toBe('Vereinigtes Königreich');
    expect(countryNameIn('es', 'JP', 'Japan')).toBe('Japón');
    expect(countryNameIn('ja', 'FR', 'France')).toBe('フランス');
    expect(countryNameIn('fr', 'XK', 'Kosovo')).toBe('Kosovo');
    expect(countryNameIn('ja', 'XK', 'Kosovo')).toBe('コソボ');
  });

  it('says "Hong Kong", not the administrative long form', () => {
    expect(countryNameIn('fr', 'HK', 'Hong Kong')).toBe('Hong Kong');
    expect(countryNameIn('de', 'US', 'United States')).toBe('Vereinigte Staaten');
  });

  it('falls back to the English name for a code the runtime does not know', () => {
    expect(countryNameIn('fr', 'QX', 'Somewhere')).toBe('Somewhere');
    expect(countryNameIn('fr', 'not a code', 'Somewhere')).toBe('Somewhere');
  });
});

describe('land without a code', () => {
  it('has the English name as its English message', () => {
    expect(TEST_MESSAGES.en.regions.land).toEqual({
      northernCyprus: countryDisplayName('N. Cyprus'),
      somaliland: 'Somaliland',
      australianIndianOceanTerritories: countryDisplayName('Indian Ocean Ter.'),
      siachenGlacier: 'Siachen Glacier',
    });
  });

  it.each(LOCALES)('has a name in every language: %s', (locale) => {
    const land: Record<string, string | undefined> = TEST_MESSAGES[locale].regions.land;
    expect(LAND_IDS.filter((id) => !land[id]?.trim())).toEqual([]);
    expect(Object.keys(land).sort()).toEqual([...LAND_IDS].sort());
  });
});
