// Two orders of the same two numbers live side by side: Leaflet and the track code use [lat, lon], GeoJSON and
// the basemap use [lon, lat]. As plain [number, number] tuples a swap type-checks and draws the ISS over the
// wrong hemisphere; branded, each order is its own type and a mix-up fails to compile (lat-lon.test.ts).
// The brand exists only for the type checker: at run time both are plain two-element arrays, so the hot paths
// (the ground track, the footprint, the basemap) pay nothing for it.

declare const order: unique symbol;

/** [latitude, longitude] in degrees: Leaflet's order. Build one with {@link latLon}. */
export type LatLon = [lat: number, lon: number] & { readonly [order]: 'lat-lon' };

/** [longitude, latitude] in degrees: GeoJSON's order. Build one with {@link lonLat}. */
export type LonLat = [lon: number, lat: number] & { readonly [order]: 'lon-lat' };

/** A point in Leaflet's order, [lat, lon]. */
export function latLon(latDeg: number, lonDeg: number): LatLon {
  // The only place a plain tuple becomes a LatLon: the argument names say which number is which.
  return [latDeg, lonDeg] as LatLon;
}

/** A point in GeoJSON's order, [lon, lat]. */
export function lonLat(lonDeg: number, latDeg: number): LonLat {
  // The only place a plain tuple becomes a LonLat (besides GeoJSON read from a file, see region.ts and basemap.ts).
  return [lonDeg, latDeg] as LonLat;
}
