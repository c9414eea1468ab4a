import { ALPHA2_BY_NUMERIC } from './country-codes';

/**
 * Natural Earth's short map labels (as world-atlas carries them) spelled out for sentences like
 * "over the Democratic Republic of the Congo". Names not listed are already fine as they are.
 */
const DISPLAY_NAMES: Record<string, string> = {
  'United States of America': 'United States',
  'Dem. Rep. Congo': 'Democratic Republic of the Congo',
  'Central African Rep.': 'Central African Republic',
  'Dominican Rep.': 'Dominican Republic',
  'Eq. Guinea': 'Equatorial Guinea',
  'S. Sudan': 'South Sudan',
  'W. Sahara': 'Western Sahara',
  'N. Cyprus': 'Northern Cyprus',
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Falkland Is.': 'Falkland Islands',
  'Solomon Is.': 'Solomon Islands',
  'Fr. S. Antarctic Lands': 'French Southern and Antarctic Lands',
  'Marshall Is.': 'Marshall Islands',
  'N. Mariana Is.': 'Northern Mariana Islands',
  'U.S. Virgin Is.': 'U.S. Virgin Islands',
  'British Virgin Is.': 'British Virgin Islands',
  'S. Geo. and the Is.': 'South Georgia and the South Sandwich Islands',
  'Br. Indian Ocean Ter.': 'British Indian Ocean Territory',
  'Indian Ocean Ter.': 'Australian Indian Ocean Territories',
  'Pitcairn Is.': 'Pitcairn Islands',
  'Cayman Is.': 'Cayman Islands',
  'Turks and Caicos Is.': 'Turks and Caicos Islands',
  'St. Vin. and Gren.': 'Saint Vincent and the Grenadines',
  'St. Kitts and Nevis': 'Saint Kitts and Nevis',
  'St. Pierre and Miquelon': 'Saint Pierre and Miquelon',
  'Cook Is.': 'Cook Islands',
  'Wallis and Futuna Is.': 'Wallis and Futuna',
  'Fr. Polynesia': 'French Polynesia',
  'Faeroe Is.': 'Faroe Islands',
  'Heard I. and McDonald Is.': 'Heard Island and McDonald Islands',
  'Ashmore and Cartier Is.': 'Ashmore and Cartier Islands',
  'Antigua and Barb.': 'Antigua and Barbuda',
  'St-Martin': 'Saint Martin',
  'St-Barthélemy': 'Saint Barthélemy',
  Åland: 'Åland Islands',
};

export function countryDisplayName(naturalEarthName: string): string {
  return DISPLAY_NAMES[naturalEarthName] ?? naturalEarthName;
}

/**
 * Natural Earth pieces that world-atlas gives no numeric id. Kosovo has no ISO 3166-1 code either, but the
 * user-assigned XK is what CLDR (and so Intl.DisplayNames) names it by.
 */
const CODES_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

/**
 * The pieces no code names (disputed or composite areas): named by the `regions.land.<id>` messages instead.
 * Their English messages are the names above, so English reads exactly as before.
 */
const LAND_WITHOUT_CODE = {
  'N. Cyprus': 'northernCyprus',
  Somaliland: 'somaliland',
  'Indian Ocean Ter.': 'australianIndianOceanTerritories',
  'Siachen Glacier': 'siachenGlacier',
} as const;

export type LandId = (typeof LAND_WITHOUT_CODE)[keyof typeof LAND_WITHOUT_CODE];

export const LAND_IDS: readonly LandId[] = Object.values(LAND_WITHOUT_CODE);

/** How a country piece is named in other languages: by its ISO code, or by a message of its own. */
export type CountryNaming = { code: string } | { code: null; id: LandId };

/**
 * The naming of a Natural Earth country piece, from its world-atlas id (ISO 3166-1 numeric, "826") or, for the
 * few pieces without one, its name; null for a piece nobody has listed (a newer world-atlas), which then keeps
 * its English name in every language.
 */
export function countryNamingOf(id: string | number | undefined, naturalEarthName: string): CountryNaming | null {
  if (id !== undefined && id !== '') {
    const code = ALPHA2_BY_NUMERIC[String(id).padStart(3, '0')];
    if (code !== undefined) return { code };
  }
  const byName = CODES_BY_NAME[naturalEarthName];
  if (byName !== undefined) return { code: byName };
  const landId = (LAND_WITHOUT_CODE as Readonly<Record<string, LandId>>)[naturalEarthName];
  return landId === undefined ? null : { code: null, id: landId };
}

/**
 * CLDR's long names for these carry an administrative qualifier ("R.A.S. chinoise de Hong Kong",
 * "Territoires palestiniens"); the short ones are what a map label says. Elsewhere the short style abbreviates
 * ("É.-U.", "R.-U."), so it is used only for these.
 */
const SHORT_STYLE = new Set(['HK', 'MO', 'PS']);

interface LocaleNames {
  long: Intl.DisplayNames;
  short: Intl.DisplayNames;
}

// One pair of DisplayNames per language: constructing one costs far more than a look-up, and the live page asks
// every second.
const displayNames = new Map<string, LocaleNames | null>();

function namesFor(locale: string): LocaleNames | null {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = {
        long: new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
        short: new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' }),
      };
    } catch {
      // A runtime without Intl.DisplayNames (or this locale): the English names still say where the station is.
      names = null;
    }
    displayNames.set(locale, names);
  }
  return names;
}

/**
 * A country's name in a language: "Royaume-Uni", "Vereinigtes Königreich", "イギリス". English keeps the names
 * above ("United States", "Democratic Republic of the Congo"), written for sentences and relied on by the tests
 * and end-to-end runs, rather than CLDR's ("US", "Congo - Kinshasa"). Falls back to the English name when the
 * runtime does not know the code.
 */
export function countryNameIn(locale: string, code: string, englishName: string): string {
  if (locale === 'en' || locale.startsWith('en-')) return englishName;
  const names = namesFor(locale);
  if (names === null) return englishName;
  try {
    return (SHORT_STYLE.has(code) ? names.short : names.long).of(code) ?? englishName;
  } catch {
    return englishName;
  }
}
