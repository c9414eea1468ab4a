import { latLon, type LatLon } from '../geo/lat-lon';
import { itemAt } from '../item-at';
import { toDegrees, toRadians, wrapLongitude, type Degrees, type Radians } from '../units';

/**
 * Outline of a spherical cap (all points within `angularRadius` of a centre) as rings for an equirectangular or
 * Mercator map spanning longitudes [-180, 180]:
 * - a cap that crosses the antimeridian comes back as two rings, each closed along the map edge;
 * - a cap that contains a pole comes back as one ring that runs along the map's top or bottom edge
 *   (lat = +/-90) instead of across the map.
 * Vertices on the circle are exact; vertices inserted on the map edges are interpolated.
 * Supports radii up to 90 deg (a cap containing both poles has no ring form without holes).
 */
export function capRings(
  centerLatDeg: Degrees,
  centerLonDeg: Degrees,
  angularRadius: Radians,
  segments: number,
): LatLon[][] {
  if (!(angularRadius > 0)) return [];
  if (angularRadius > Math.PI / 2 + 1e-12) {
    throw new RangeError('capRings supports angular radii up to 90 degrees');
  }
  const n = Math.max(8, Math.floor(segments));
  const lat1 = toRadians(centerLatDeg);
  const sinLat1 = Math.sin(lat1);
  const cosLat1 = Math.cos(lat1);
  const sinD = Math.sin(angularRadius);
  const cosD = Math.cos(angularRadius);
  const lon0 = wrapLongitude(centerLonDeg);

  // Unwrapped ring: longitudes change by less than 180 between neighbours.
  const ring: LatLon[] = [];
  let prevLon = lon0;
  for (let i = 0; i < n; i++) {
    const bearing = (2 * Math.PI * i) / n;
    const sinLat2 = sinLat1 * cosD + cosLat1 * sinD * Math.cos(bearing);
    const lat2 = Math.asin(Math.max(-1, Math.min(1, sinLat2)));
    let lon = lon0 + toDegrees(Math.atan2(Math.sin(bearing) * sinD * cosLat1, cosD - sinLat1 * sinLat2));
    while (lon - prevLon > 180) lon -= 360;
    while (lon - prevLon < -180) lon += 360;
    ring.push(latLon(toDegrees(lat2), lon));
    prevLon = lon;
  }

  const distToNorthPole = Math.PI / 2 - lat1;
  const distToSouthPole = Math.PI / 2 + lat1;
  const poleLat = distToNorthPole < angularRadius ? 90 : distToSouthPole < angularRadius ? -90 : null;
  if (poleLat !== null) return [poleRing(ring, poleLat)];

  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const [, lon] of ring) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
  }
  if (maxLon > 180) return [clipLon(ring, 180, true), shift(clipLon(ring, 180, false), -360)];
  if (minLon < -180) return [clipLon(ring, -180, false), shift(clipLon(ring, -180, true), 360)];
  return [ring];
}

function shift(ring: LatLon[], byDeg: number): LatLon[] {
  return ring.map(([lat, lon]) => latLon(lat, lon + byDeg));
}

/**
 * A cap around a pole meets every meridian once, so its outline is a function of longitude: lay it out from
 * -180 to 180 and close it through the pole along the map edge.
 */
function poleRing(unwrapped: LatLon[], poleLat: number): LatLon[] {
  const wrapped = unwrapped.map(([lat, lon]) => latLon(lat, wrapLongitude(lon)));
  const n = wrapped.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const a = itemAt(wrapped, i);
    const b = itemAt(wrapped, (i + 1) % n);
    if (Math.abs(b[1] - a[1]) > 180) {
      start = (i + 1) % n;
      break;
    }
  }
  let path: LatLon[] = [];
  for (let k = 0; k < n; k++) path.push(itemAt(wrapped, (start + k) % n));
  const first = itemAt(path, 0);
  const last = itemAt(path, path.length - 1);
  if (first[1] > last[1]) path = path.reverse();
  const west = itemAt(path, 0);
  const east = itemAt(path, path.length - 1);
  // Latitude where the outline meets the antimeridian, between the easternmost and westernmost vertices.
  const span = 180 - east[1] + (west[1] + 180);
  const edgeLat = span > 0 ? east[0] + ((west[0] - east[0]) * (180 - east[1])) / span : east[0];
  return [latLon(edgeLat, -180), ...path, latLon(edgeLat, 180), latLon(poleLat, 180), latLon(poleLat, -180)];
}

/** Sutherland-Hodgman clip of a ring against the meridian `edgeLon`, keeping the west (or east) side. */
function clipLon(ring: LatLon[], edgeLon: number, keepWest: boolean): LatLon[] {
  const inside = (p: LatLon): boolean => (keepWest ? p[1] <= edgeLon : p[1] >= edgeLon);
  const out: LatLon[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const p = itemAt(ring, i);
    const q = itemAt(ring, (i + 1) % n);
    const pIn = inside(p);
    const qIn = inside(q);
    if (pIn !== qIn) {
      const t = (edgeLon - p[1]) / (q[1] - p[1]);
      out.push(latLon(p[0] + t * (q[0] - p[0]), edgeLon));
    }
    if (qIn) out.push(q);
  }
  return out;
}
