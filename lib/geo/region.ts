import type { FeatureCollection, Geometry } from 'geojson';
import { wrapLongitude, type Degrees } from '../units';
import { splitMultiPolygonAtAntimeridian, type PlanarPolygon } from './antimeridian';
import type { LonLat } from './lat-lon';
import { countryDisplayName, countryNamingOf, type CountryNaming, type LandId } from './country-names';
import { pointInRings, waterIdAt, WATER_NAMES, type WaterId } from './oceans';

/**
 * What a point is over. `name` is English, for a sentence: "over the United Kingdom" (the caller adds "the"
 * where it wants one). The rest says how to name it in another language: a country by its ISO 3166-1 alpha-2
 * `code` (Intl.DisplayNames), the few pieces without one and all water by the `id` of a `regions` message.
 */
export type Region =
  | { kind: 'country'; name: string; code: string }
  | { kind: 'country'; name: string; code: null; id: LandId | null }
  | { kind: 'water'; name: string; id: WaterId };

export type RegionFinder = (latDeg: Degrees, lonDeg: Degrees) => Region;

/** One country outline piece with its bounding box: the unit the finder scans. */
export interface IndexedPiece {
  name: string;
  /** What the finder answers over it: made once per country, not per look-up. */
  region: Region;
  west: number;
  south: number;
  east: number;
  north: number;
  rings: PlanarPolygon;
}

/**
 * Polygon coordinates of a geometry, or none for points, lines and empty features. GeoJSON positions are
 * [lon, lat] by the standard (RFC 7946): taken as LonLat without copying each vertex.
 */
export function polygonsOf(geometry: Geometry | null): LonLat[][][] {
  if (geometry === null) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as LonLat[][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as LonLat[][][];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/**
 * Which country or named water a point is over, from country outlines (world-atlas' `countries` object as
 * GeoJSON). Outlines are split at the antimeridian once, up front; each look-up is a bounding-box scan and an
 * even-odd ray cast over the few outlines whose box holds the point (microseconds: fine at 1 Hz).
 */
export function createRegionFinder(
  countries: FeatureCollection<Geometry | null, { name?: string } | null>,
): RegionFinder {
  return regionFinderFromPieces(countries.features.flatMap((feature) => regionPiecesOf(feature)));
}

/**
 * The indexed pieces of one country feature (none without a name). Exposed so that a caller can index a large
 * basemap a few countries at a time instead of in one long block.
 */
export function regionPiecesOf(feature: {
  /** ISO 3166-1 numeric, as world-atlas gives it ("826"); absent for a few disputed pieces. */
  id?: string | number;
  geometry: Geometry | null;
  properties: { name?: string } | null;
}): IndexedPiece[] {
  const rawName = feature.properties?.name;
  if (typeof rawName !== 'string' || rawName === '') return [];
  const name = countryDisplayName(rawName);
  const region = countryRegion(name, countryNamingOf(feature.id, rawName));
  const pieces: IndexedPiece[] = [];
  for (const rings of splitMultiPolygonAtAntimeridian(polygonsOf(feature.geometry))) {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (const ring of rings) {
      for (const [lon, lat] of ring) {
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
    pieces.push({ name, region, west, south, east, north, rings });
  }
  return pieces;
}

/** The first piece (in the countries' order) that holds the point, or null over water. */
export function pieceAt<P extends IndexedPiece>(pieces: readonly P[], latDeg: Degrees, lonDeg: Degrees): P | null {
  const lon = wrapLongitude(lonDeg);
  for (const piece of pieces) {
    if (lon < piece.west || lon > piece.east || latDeg < piece.south || latDeg > piece.north) continue;
    if (pointInRings(lon, latDeg, piece.rings)) return piece;
  }
  return null;
}

/** The finder over pieces from {@link regionPiecesOf}, in the countries' order. */
export function regionFinderFromPieces(pieces: readonly IndexedPiece[]): RegionFinder {
  return (latDeg, lonDeg) => {
    const piece = pieceAt(pieces, latDeg, lonDeg);
    if (piece === null) {
      const id = waterIdAt(latDeg, wrapLongitude(lonDeg));
      return { kind: 'water', name: WATER_NAMES[id], id };
    }
    return piece.region;
  };
}

/** A country's region; a piece no table lists (a newer world-atlas) keeps its English name in every language. */
function countryRegion(name: string, naming: CountryNaming | null): Region {
  if (naming === null) return { kind: 'country', name, code: null, id: null };
  return naming.code === null
    ? { kind: 'country', name, code: null, id: naming.id }
    : { kind: 'country', name, code: naming.code };
}
