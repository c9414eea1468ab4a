import { latLon, lonLat, type LatLon, type LonLat } from '../lib/geo/lat-lon';

// Tests write their shapes as literal pairs; these give them the branded order the code under test takes.

/** Literal [lat, lon] pairs as LatLon points. */
export const latLons = (points: readonly (readonly [lat: number, lon: number])[]): LatLon[] =>
  points.map(([lat, lon]) => latLon(lat, lon));

/** Literal [lon, lat] pairs as LonLat points. */
export const lonLats = (points: readonly (readonly [lon: number, lat: number])[]): LonLat[] =>
  points.map(([lon, lat]) => lonLat(lon, lat));
