import type { FeatureCollection, Geometry } from 'geojson';
import { feature, mesh, meshArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, LineString, Polygon, Topology } from 'topojson-specification';
import {
  splitLineAtAntimeridian,
  splitMultiPolygonAtAntimeridian,
  splitPolygonAtAntimeridian,
  type PlanarPolygon,
} from './antimeridian';
import type { LonLat } from './lat-lon';
import { polygonsOf } from './region';

export type BasemapResolution = '110m' | '50m';
export const BASEMAP_RESOLUTIONS: readonly BasemapResolution[] = ['110m', '50m'];

type CountryFeatures = FeatureCollection<Geometry | null, { name?: string } | null>;

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
  if (object === undefined)
    throw new Error('topology has no "countries" object (expected world-atlas countries-*.json)');
  return feature(topology, object) as CountryFeatures;
}

/** How many countries the topology holds (see {@link countryFeatureAt}). */
export function countryCount(topology: Topology): number {
  return countriesObject(topology).geometries.length;
}

/** One country as a GeoJSON feature, decoded on its own: for work spread over several tasks. */
export function countryFeatureAt(topology: Topology, index: number): CountryFeatures['features'][number] | null {
  const geometry = countriesObject(topology).geometries[index];
  return geometry === undefined ? null : (feature(topology, geometry) as CountryFeatures['features'][number]);
}

function splitLines(lines: readonly LonLat[][]): LonLat[][] {
  const out: LonLat[][] = [];
  for (const line of lines) out.push(...splitLineAtAntimeridian(line));
  return out;
}

function countriesObject(topology: Topology): GeometryCollection {
  const countries = topology.objects.countries as GeometryCollection | undefined;
  if (countries === undefined)
    throw new Error('topology has no "countries" object (expected world-atlas countries-*.json)');
  return countries;
}

/**
 * Land as even-odd polygons, from the dissolved `land` object so neighbouring countries show no anti-aliasing
 * seams (from the countries when a topology has no `land`).
 */
function landOf(topology: Topology): PlanarPolygon[] {
  const countries = countriesObject(topology);
  const landObject = topology.objects.land;
  const landGeometry =
    landObject === undefined ? null : (feature(topology, landObject) as unknown as FeatureCollection | GeoJSON.Feature);
  const landPolygons: LonLat[][][] = [];
  if (landGeometry !== null) {
    const features = landGeometry.type === 'FeatureCollection' ? landGeometry.features : [landGeometry];
    for (const f of features) landPolygons.push(...polygonsOf(f.geometry));
  } else {
    for (const f of (feature(topology, countries) as CountryFeatures).features)
      landPolygons.push(...polygonsOf(f.geometry));
  }
  return splitMultiPolygonAtAntimeridian(landPolygons);
}

// GeoJSON positions are [lon, lat] by the standard (RFC 7946), so topojson's output is taken as LonLat as it is:
// copying every vertex through lonLat() would double the basemap's preparation time for no check at all.

/** Outlines shared by no two countries (the coast), from the topology's arcs so each is drawn once. */
function coastlinesOf(topology: Topology): LonLat[][] {
  return splitLines(mesh(topology, countriesObject(topology), (a, b) => a === b).coordinates as LonLat[][]);
}

/** Outlines shared by two countries, each once. */
function bordersOf(topology: Topology): LonLat[][] {
  return splitLines(mesh(topology, countriesObject(topology), (a, b) => a !== b).coordinates as LonLat[][]);
}

/**
 * Land, coasts and borders of a world-atlas countries topology, ready for a planar map, in one block through
 * topojson's own `feature` and `mesh`. The page uses {@link basemapGeometrySteps}, which spreads the same work
 * over short tasks; this straightforward build is the reference it is tested against.
 */
export function basemapGeometry(topology: Topology): BasemapGeometry {
  return { land: landOf(topology), coastlines: coastlinesOf(topology), borders: bordersOf(topology) };
}

/** The topology's polygons one by one (a MultiPolygon's parts apart), still as arc references. */
function topologyPolygons(object: GeometryObject<GeoJSON.GeoJsonProperties>): Polygon[] {
  if (object.type === 'Polygon') return [{ type: 'Polygon', arcs: object.arcs }];
  if (object.type === 'MultiPolygon') return object.arcs.map((arcs): Polygon => ({ type: 'Polygon', arcs }));
  if (object.type === 'GeometryCollection') return object.geometries.flatMap((part) => topologyPolygons(part));
  return [];
}

function decodedPolygon(topology: Topology, polygon: Polygon): LonLat[][] {
  const decoded = feature(topology, polygon) as unknown as GeoJSON.Feature<GeoJSON.Polygon>;
  return decoded.geometry.coordinates as LonLat[][];
}

function decodedLine(topology: Topology, arcs: number[]): LonLat[] {
  const line: LineString = { type: 'LineString', arcs };
  const decoded = feature(topology, line) as unknown as GeoJSON.Feature<GeoJSON.LineString>;
  return decoded.geometry.coordinates as LonLat[];
}

/**
 * {@link basemapGeometry} in small steps: the generator pauses after every polygon and every line (the largest,
 * a 50m continent, is a few milliseconds), so a caller can spread the work over tasks of any length it likes.
 * Run to the end, it returns exactly what basemapGeometry returns.
 */
export function* basemapGeometrySteps(topology: Topology): Generator<void, BasemapGeometry, void> {
  const countries = countriesObject(topology);
  const land: PlanarPolygon[] = [];
  for (const polygon of topologyPolygons(topology.objects.land ?? countries)) {
    land.push(...splitPolygonAtAntimeridian(decodedPolygon(topology, polygon)));
    yield;
  }
  const outlines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
    meshArcs(topology, countries, filter).arcs;
  const coastlines: LonLat[][] = [];
  const coastArcs = outlines((a, b) => a === b);
  yield;
  for (const arcs of coastArcs) {
    coastlines.push(...splitLineAtAntimeridian(decodedLine(topology, arcs)));
    yield;
  }
  const borders: LonLat[][] = [];
  const borderArcs = outlines((a, b) => a !== b);
  yield;
  for (const arcs of borderArcs) {
    borders.push(...splitLineAtAntimeridian(decodedLine(topology, arcs)));
    yield;
  }
  return { land, coastlines, borders };
}
