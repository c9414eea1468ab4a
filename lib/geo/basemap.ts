import type { FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { splitLineAtAntimeridian, splitMultiPolygonAtAntimeridian, type LonLat, type PlanarPolygon } from './antimeridian';
import { polygonsOf } from './region';

export type BasemapResolution = '110m' | '50m';
export const BASEMAP_RESOLUTIONS: readonly BasemapResolution[] = ['110m', '50m'];

export type CountryFeatures = FeatureCollection<Geometry | null, { name?: string } | null>;

/** What the map draws, all within [-180, 180] so nothing strays across the map. */
export interface BasemapGeometry {
  /** Land as one fill (no seams between neighbours): even-odd polygons. */
  land: PlanarPolygon[];
  /** Outlines shared by no two countries: the coast. */
  coastlines: LonLat[][];
  /** Outlines shared by two countries. */
  borders: LonLat[][];
}

/** The `countries` object of a world-atlas topology as GeoJSON features with `name`. */
export function countriesOf(topology: Topology): CountryFeatures {
  const object = topology.objects.countries as GeometryCollection<{ name?: string }> | undefined;
  if (object === undefined) throw new Error('topology has no "countries" object (expected world-atlas countries-*.json)');
  return feature(topology, object) as CountryFeatures;
}

function splitLines(lines: readonly LonLat[][]): LonLat[][] {
  const out: LonLat[][] = [];
  for (const line of lines) out.push(...splitLineAtAntimeridian(line));
  return out;
}

/**
 * Land, coasts and borders of a world-atlas countries topology, ready for a planar map. The land fill comes from
 * the dissolved `land` object, so neighbouring countries do not show anti-aliasing seams; lines come from the
 * topology's arcs, so each border is drawn once.
 */
export function basemapGeometry(topology: Topology): BasemapGeometry {
  const countries = topology.objects.countries as GeometryCollection | undefined;
  const landObject = topology.objects.land;
  if (countries === undefined) throw new Error('topology has no "countries" object (expected world-atlas countries-*.json)');
  const landGeometry = landObject === undefined ? null : (feature(topology, landObject) as unknown as FeatureCollection | GeoJSON.Feature);
  const landPolygons: LonLat[][][] = [];
  if (landGeometry !== null) {
    const features = landGeometry.type === 'FeatureCollection' ? landGeometry.features : [landGeometry];
    for (const f of features) landPolygons.push(...polygonsOf(f.geometry));
  } else {
    for (const f of countriesOf(topology).features) landPolygons.push(...polygonsOf(f.geometry));
  }
  return {
    land: splitMultiPolygonAtAntimeridian(landPolygons),
    coastlines: splitLines(mesh(topology, countries, (a, b) => a === b).coordinates as LonLat[][]),
    borders: splitLines(mesh(topology, countries, (a, b) => a !== b).coordinates as LonLat[][]),
  };
}
