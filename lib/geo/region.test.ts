import { describe, expect, it } from 'vitest';
import { BASEMAP_RESOLUTIONS, countriesOf, countryCount, countryFeatureAt } from './basemap';
import { createRegionFinder, regionFinderFromPieces, regionPiecesOf, type IndexedPiece } from './region';
import { loadTopology } from '../../test-support/world-atlas';

// [label, lat, lon, expected English name, expected ISO 3166-1 alpha-2 code]
const LAND: Array<[string, number, number, string, string]> = [
  ['London', 51.5074, -0.1278, 'United Kingdom', 'GB'],
  ['Paris', 48.8566, 2.3522, 'France', 'FR'],
  ['Houston', 29.76, -95.37, 'United States', 'US'],
  ['Sydney, inland', -33.8, 150.9, 'Australia', 'AU'],
  ['Kinshasa', -4.44, 15.27, 'Democratic Republic of the Congo', 'CD'],
  ['Viti Levu, west of 180', -17.8, 178.0, 'Fiji', 'FJ'],
  ['Chukotka, east of 180', 66.0, -172.0, 'Russia', 'RU'],
  ['Chukotka, west of 180', 67.0, 175.0, 'Russia', 'RU'],
  ['Antarctica, Greenwich meridian', -80, 0, 'Antarctica', 'AQ'],
  // Natural Earth leaves the Ross Ice Shelf out: at 180 deg the land starts near -84.7.
  ['Antarctica just east of 180', -85.2, -179.9, 'Antarctica', 'AQ'],
  ['Antarctica just west of 180', -85.2, 179.9, 'Antarctica', 'AQ'],
  ['South Pole, as far as Mercator goes', -85, 45, 'Antarctica', 'AQ'],
];

const WATER: Array<[string, number, number, string]> = [
  ['mid-Atlantic, north', 30, -40, 'North Atlantic Ocean'],
  ['mid-Atlantic, south', -20, -20, 'South Atlantic Ocean'],
  ['off Florida', 28, -78, 'North Atlantic Ocean'],
  ['off Brazil', -10, -30, 'South Atlantic Ocean'],
  ['Pacific off Central America', 10, -90, 'North Pacific Ocean'],
  ['Pacific off Panama', 7, -80, 'North Pacific Ocean'],
  ['Pacific off Peru', -12, -80, 'South Pacific Ocean'],
  ['Pacific just west of 180', 30, 179.9, 'North Pacific Ocean'],
  ['Pacific just east of 180', 30, -179.9, 'North Pacific Ocean'],
  ['near Fiji, across 180', -19, -179.5, 'South Pacific Ocean'],
  ['South Pacific', -30, -120, 'South Pacific Ocean'],
  ['Indian Ocean', -20, 80, 'Indian Ocean'],
  ['Indian Ocean south of Java', -10, 110, 'Indian Ocean'],
  ['Indian Ocean west of Sumatra', -3, 99, 'Indian Ocean'],
  ['Southern Ocean', -62, -120, 'Southern Ocean'],
  ['Arctic Ocean', 85, 0, 'Arctic Ocean'],
  ['Caspian Sea', 42, 51, 'Caspian Sea'],
  ['Mediterranean, Ionian', 35, 18, 'Mediterranean Sea'],
  ['Mediterranean, Adriatic', 43.3, 15, 'Mediterranean Sea'],
  ['Black Sea', 43, 34, 'Black Sea'],
  ['Red Sea', 20, 38.5, 'Red Sea'],
  ['Persian Gulf', 27, 51, 'Persian Gulf'],
  ['Arabian Sea', 15, 65, 'Arabian Sea'],
  ['Bay of Bengal', 15, 88, 'Bay of Bengal'],
  ['South China Sea', 12, 114, 'South China Sea'],
  ['Gulf of Mexico', 25, -90, 'Gulf of Mexico'],
  ['Caribbean Sea', 15, -75, 'Caribbean Sea'],
  ['Hudson Bay', 60, -85, 'Hudson Bay'],
  ['Baltic Sea', 58, 19.5, 'Baltic Sea'],
  ['North Sea', 56, 3, 'North Sea'],
  ['Gulf of Guinea', 2, 3, 'Gulf of Guinea'],
  ['Mozambique Channel', -18, 41, 'Mozambique Channel'],
  ['Coral Sea', -18, 155, 'Coral Sea'],
  ['Tasman Sea', -38, 160, 'Tasman Sea'],
  ['Bering Sea, east of 180', 57, -175, 'Bering Sea'],
  ['Bering Sea, west of 180', 58, 175, 'Bering Sea'],
  ['Sea of Okhotsk', 55, 150, 'Sea of Okhotsk'],
  ['Sea of Japan', 40, 135, 'Sea of Japan'],
  ['Ross Sea, over the ice shelf Natural Earth leaves out', -80, 180, 'Southern Ocean'],
];

describe.each(BASEMAP_RESOLUTIONS)('createRegionFinder on Natural Earth %s', (resolution) => {
  const findRegion = createRegionFinder(countriesOf(loadTopology(resolution)));

  it.each(LAND)('%s is over land: %s', (_label, lat, lon, name, code) => {
    expect(findRegion(lat, lon)).toEqual({ kind: 'country', name, code });
  });

  it.each(WATER)('%s is over water: %s', (_label, lat, lon, name) => {
    expect(findRegion(lat, lon)).toMatchObject({ kind: 'water', name });
  });

  it('gives water the id of its message', () => {
    expect(findRegion(42, 51)).toEqual({ kind: 'water', name: 'Caspian Sea', id: 'caspianSea' });
    expect(findRegion(-30, -120)).toEqual({ kind: 'water', name: 'South Pacific Ocean', id: 'southPacificOcean' });
  });

  it('takes longitudes outside [-180, 180] as the same place', () => {
    expect(findRegion(51.5074, -0.1278 + 360)).toEqual(findRegion(51.5074, -0.1278));
    expect(findRegion(-17.8, 178.0 - 720)).toEqual({ kind: 'country', name: 'Fiji', code: 'FJ' });
  });
});

describe.each(BASEMAP_RESOLUTIONS)('a finder built one country at a time (%s)', (resolution) => {
  // The page indexes the 50m basemap a few countries per task; it must answer exactly as the one-block build.
  const topology = loadTopology(resolution);
  const whole = createRegionFinder(countriesOf(topology));
  const pieces: IndexedPiece[] = [];
  for (let i = 0; i < countryCount(topology); i++) {
    const feature = countryFeatureAt(topology, i);
    if (feature) pieces.push(...regionPiecesOf(feature));
  }
  const piecewise = regionFinderFromPieces(pieces);

  it('covers every country of the topology', () => {
    expect(countryFeatureAt(topology, countryCount(topology))).toBeNull();
    expect(new Set(pieces.map((p) => p.name)).size).toBeGreaterThan(resolution === '50m' ? 200 : 150);
  });

  it('gives the same region on a 2-degree grid of the whole world', () => {
    let compared = 0;
    let overLand = 0;
    for (let lat = -84; lat <= 84; lat += 2) {
      for (let lon = -179; lon <= 179; lon += 2) {
        const expected = whole(lat, lon);
        expect(piecewise(lat, lon)).toEqual(expected);
        compared += 1;
        if (expected.kind === 'country') overLand += 1;
      }
    }
    expect(compared).toBe(85 * 180);
    expect(overLand).toBeGreaterThan(3000);
  });
});
