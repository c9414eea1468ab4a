import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { withIntl } from '@/test-support/i18n/intl';
import { loadTopology } from '@/test-support/world-atlas';
import { countriesOf } from '@/lib/geo/basemap';
import { createRegionFinder, type Region } from '@/lib/geo/region';
import type { Locale } from '@/lib/i18n/locales';
import { useRegionName } from './use-region-name';

function RegionName({ region }: { region: Region | null }) {
  return <span>{useRegionName(region) ?? '…'}</span>;
}

const find = createRegionFinder(countriesOf(loadTopology('110m')));
const nameIn = (locale: Locale, region: Region | null) =>
  renderToString(withIntl(<RegionName region={region} />, locale)).replace(/^<span>|<\/span>$/g, '');

const LONDON = find(51.5074, -0.1278);
const CASPIAN = find(42, 51);
const NORTH_PACIFIC = find(30, -150);
const NORTHERN_CYPRUS = find(35.2, 33.6);
const PRISTINA = find(42.6, 20.9);

describe('useRegionName', () => {
  it('keeps the English names as they were', () => {
    expect([LONDON, CASPIAN, NORTH_PACIFIC, NORTHERN_CYPRUS, PRISTINA].map((r) => nameIn('en', r))).toEqual([
      'United Kingdom',
      'Caspian Sea',
      'North Pacific Ocean',
      'Northern Cyprus',
      'Kosovo',
    ]);
  });

  it.each<[Locale, string[]]>([
    ['fr', ['Royaume-Uni', 'Mer Caspienne', 'Océan Pacifique Nord', 'Chypre du Nord', 'Kosovo']],
    ['de', ['Vereinigtes Königreich', 'Kaspisches Meer', 'Nordpazifik', 'Nordzypern', 'Kosovo']],
    ['es', ['Reino Unido', 'Mar Caspio', 'Océano Pacífico Norte', 'Chipre del Norte', 'Kosovo']],
    ['ja', ['イギリス', 'カスピ海', '北太平洋', '北キプロス', 'コソボ']],
  ])('names countries, water and pieces without a code in %s', (locale, expected) => {
    expect([LONDON, CASPIAN, NORTH_PACIFIC, NORTHERN_CYPRUS, PRISTINA].map((r) => nameIn(locale, r))).toEqual(expected);
  });

  it('is null without a region (the basemap is still loading)', () => {
    expect(nameIn('fr', null)).toBe('…');
  });

  it('keeps the English name of a country no table lists', () => {
    expect(nameIn('de', { kind: 'country', name: 'Newland', code: null, id: null })).toBe('Newland');
  });
});
