import type { FeatureCollection, Geometry } from 'geojson';
import { wrapLongitude, type Degrees } from '../units';
import { splitMultiPolygonAtAntimeridian, type LonLat, type PlanarPolygon } from './antimeridian';
import { countryDisplayName } from './country-names';
import { pointInRings, waterNameAt } from './oceans';

export interface Region {
  kind: 'country' | 'water';
  /** A name for a sentence: "over the United Kingdom" (the caller adds "the" where it wants one). */
  name: string;
}

export type RegionFinder = (latDeg: Degrees, lonDeg: Degrees) => Region;

interface IndexedPiece {
  name: string;
  west: number;
  south: number;
  east: number;
  north: number;
  rings: PlanarPolygon;
}

/** Polygon coordinates of a geometry, or none for points, lines and empty features. */
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
  const pieces: IndexedPiece[] = [];
  for (const feature of countries.features) {
    const rawName = feature.properties?.name;
    if (typeof rawName !== 'string' || rawName === '') continue;
    const name = countryDisplayName(rawName);
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
      pieces.push({ name, west, south, east, north, rings });
    }
  }

  return (latDeg, lonDeg) => {
    const lon = wrapLongitude(lonDeg);
    const lat = latDeg;
    for (const piece of pieces) {
      if (lon < piece.west || lon > piece.east || lat < piece.south || lat > piece.north) continue;
      if (pointInRings(lon, lat, piece.rings)) return { kind: 'country', name: piece.name };
    }
    return { kind: 'water', name: waterNameAt(lat, lon) };
  };
}
