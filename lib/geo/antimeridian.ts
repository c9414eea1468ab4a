import { itemAt } from '../item-at';
import { latLon, lonLat, type LatLon, type LonLat } from './lat-lon';
import { toDegrees, toRadians, type Degrees } from '../units';

/** One polygon as rings (outer and holes alike): fill and hit-test it with the even-odd rule. */
export type PlanarPolygon = LonLat[][];

const FULL_TURN = 360;
/** A ring whose unwrapped longitudes end this far from where they started went round a pole. */
const POLE_WINDING_TOLERANCE_DEG = 1e-6;

/**
 * Longitudes made continuous: every step is the short way round (|step| <= 180), so a ring that crosses the
 * antimeridian runs past +/-180 instead of jumping across the map.
 */
export function unwrapLongitudes(ring: readonly LonLat[]): LonLat[] {
  // Most rings (all but a handful of a world map's thousands) never jump: keep their vertices as they are
  // rather than copying each one, which is most of the basemap's preparation time on a phone.
  let jumps = false;
  for (let i = 1; i < ring.length && !jumps; i++) {
    // Unchecked on purpose: this runs over every basemap vertex, and the loop bound keeps i and i - 1 in range.
    const step = (ring[i] as LonLat)[0] - (ring[i - 1] as LonLat)[0];
    jumps = step > 180 || step < -180;
  }
  if (!jumps) return ring.slice();
  const out: LonLat[] = [];
  let previous: number | null = null;
  let offset = 0;
  for (const [lon, lat] of ring) {
    if (previous !== null) {
      const step = lon - previous;
      if (step > 180) offset -= FULL_TURN;
      else if (step < -180) offset += FULL_TURN;
    }
    previous = lon;
    out.push(lonLat(lon + offset, lat));
  }
  return out;
}

/**
 * A spherical ring (as world-atlas stores them: stitched across the antimeridian, Antarctica wound round the
 * South Pole) turned into a closed planar ring. A ring that winds once round a pole is closed along that pole
 * (Leaflet clamps it to the edge of the Mercator world); the pole is the one on the ring's side of the equator.
 */
export function planarRing(ring: readonly LonLat[]): LonLat[] {
  const unwrapped = unwrapLongitudes(ring);
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  if (first === undefined || last === undefined) return [];
  const winding = last[0] - first[0];
  if (Math.abs(winding) < POLE_WINDING_TOLERANCE_DEG) return unwrapped;
  // Not closed in longitude: it went round a pole (a GeoJSON ring repeats its first vertex, so the gap is 360).
  let latSum = 0;
  for (const [, lat] of unwrapped) latSum += lat;
  const poleLat = latSum < 0 ? -90 : 90;
  // Along the pole in quarter turns, so even the closing edge never spans more than 180 deg of longitude.
  const along: LonLat[] = [];
  for (let i = 0; i <= 4; i++) along.push(lonLat(last[0] + ((first[0] - last[0]) * i) / 4, poleLat));
  return [...unwrapped, ...along, lonLat(first[0], first[1])];
}

/** Sutherland-Hodgman clip of a planar ring against one meridian, keeping the east (or west) side. */
function clipAtLongitude(ring: readonly LonLat[], edgeLon: Degrees, keepEast: boolean): LonLat[] {
  const inside = (p: LonLat): boolean => (keepEast ? p[0] >= edgeLon : p[0] <= edgeLon);
  const out: LonLat[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    // Unchecked on purpose (every vertex of a crossing basemap ring): i < n and (i + 1) % n < n.
    const p = ring[i] as LonLat;
    const q = ring[(i + 1) % n] as LonLat;
    const pIn = inside(p);
    const qIn = inside(q);
    if (pIn !== qIn) {
      const t = (edgeLon - p[0]) / (q[0] - p[0]);
      out.push(lonLat(edgeLon, p[1] + t * (q[1] - p[1])));
    }
    if (qIn) out.push(q);
  }
  return out;
}

/** Twice the signed area (shoelace), degrees squared. */
export function ringArea2(ring: readonly LonLat[]): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    // Unchecked on purpose (every vertex of every clipped basemap piece): i < n and (i + 1) % n < n.
    const p = ring[i] as LonLat;
    const q = ring[(i + 1) % n] as LonLat;
    sum += p[0] * q[1] - q[0] * p[1];
  }
  return sum;
}

/** Drop the closing duplicate (GeoJSON repeats the first vertex at the end; the clip treats rings as cyclic). */
function openRing(ring: LonLat[]): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) {
    return ring.slice(0, -1);
  }
  return ring;
}

/**
 * Split a spherical polygon (outer ring and holes, [lon, lat]) into planar polygons that each lie within
 * [-180, 180], so no drawn edge jumps across the map. Pieces of every ring that fall into the same world copy
 * are grouped into one polygon: draw and hit-test with the even-odd rule, which keeps holes holes.
 * Returned rings are open (the first vertex is not repeated).
 */
export function splitPolygonAtAntimeridian(rings: readonly (readonly LonLat[])[]): PlanarPolygon[] {
  const byCopy = new Map<number, LonLat[][]>();
  for (const ring of rings) {
    const planar = openRing(planarRing(ring));
    if (planar.length < 3) continue;
    let minLon = Infinity;
    let maxLon = -Infinity;
    for (const [lon] of planar) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
    }
    // World copy k covers [360k - 180, 360k + 180].
    const firstCopy = Math.ceil((minLon - 180) / FULL_TURN);
    const lastCopy = Math.floor((maxLon + 180) / FULL_TURN);
    for (let k = firstCopy; k <= lastCopy; k++) {
      const west = k * FULL_TURN - 180;
      const east = k * FULL_TURN + 180;
      let piece: LonLat[] = planar;
      if (minLon < west) piece = clipAtLongitude(piece, west, true);
      if (maxLon > east) piece = clipAtLongitude(piece, east, false);
      if (piece.length < 3 || ringArea2(piece) === 0) continue;
      const shifted = k === 0 ? piece : piece.map(([lon, lat]) => lonLat(lon - k * FULL_TURN, lat));
      const group = byCopy.get(k);
      if (group) group.push(shifted);
      else byCopy.set(k, [shifted]);
    }
  }
  return [...byCopy.values()];
}

/** Every planar polygon of a GeoJSON Polygon or MultiPolygon's coordinates, split at the antimeridian. */
export function splitMultiPolygonAtAntimeridian(
  polygons: readonly (readonly (readonly LonLat[])[])[],
): PlanarPolygon[] {
  const out: PlanarPolygon[] = [];
  for (const polygon of polygons) out.push(...splitPolygonAtAntimeridian(polygon));
  return out;
}

/** Vertices on the antimeridian itself: a seam left where a stitched outline was cut, not a coastline. */
const onAntimeridian = (p: LonLat): boolean => Math.abs(Math.abs(p[0]) - 180) < 1e-9;
/** Vertices this close to a pole lie outside the Mercator world; a run of them is the cut along the map edge. */
const nearPole = (p: LonLat): boolean => Math.abs(p[1]) > 89.9;

/**
 * Split a line ([lon, lat], e.g. a coastline or border from a topology mesh) where it crosses the antimeridian,
 * adding the crossing point on both sides, so each piece lies within [-180, 180]. Segments that run along the
 * antimeridian or along a pole edge (cuts in the source data, not real outlines) are dropped.
 */
export function splitLineAtAntimeridian(line: readonly LonLat[]): LonLat[][] {
  const pieces: LonLat[][] = [];
  let current: LonLat[] = [];
  const flush = () => {
    if (current.length >= 2) pieces.push(current);
    current = [];
  };
  let prev: LonLat | undefined;
  for (const p of line) {
    if (prev === undefined) {
      current.push(p);
      prev = p;
      continue;
    }
    if ((onAntimeridian(prev) && onAntimeridian(p) && prev[0] === p[0]) || (nearPole(prev) && nearPole(p))) {
      flush();
      current.push(p);
      continue;
    }
    const step = p[0] - prev[0];
    if (Math.abs(step) > 180) {
      // Crossing: go the short way to the edge, then start again from the opposite edge.
      const edge = prev[0] > 0 ? 180 : -180;
      const nextLonUnwrapped = p[0] + (step > 0 ? -FULL_TURN : FULL_TURN);
      const span = nextLonUnwrapped - prev[0];
      const t = span === 0 ? 0 : (edge - prev[0]) / span;
      const lat = prev[1] + t * (p[1] - prev[1]);
      if (!onAntimeridian(prev)) current.push(lonLat(edge, lat));
      flush();
      if (!onAntimeridian(p)) current.push(lonLat(-edge, lat));
    }
    current.push(p);
    prev = p;
  }
  flush();
  return pieces;
}

/** An edge from a to b ([lat, lon]) that runs along the map's border: the antimeridian or a pole edge. */
const onMapEdge = (a: LatLon, b: LatLon): boolean =>
  (Math.abs(a[1]) === 180 && a[1] === b[1]) || (Math.abs(a[0]) >= 90 && a[0] === b[0]);

/**
 * Whether any ring ([lat, lon], closed implicitly) has an edge along the map's border, where it was cut to the
 * map: stroking such rings would draw the cut. See {@link outlineWithoutMapEdges}.
 */
export function runsAlongMapEdge(rings: readonly (readonly LatLon[])[]): boolean {
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      if (onMapEdge(itemAt(ring, i), itemAt(ring, (i + 1) % n))) return true;
    }
  }
  return false;
}

/**
 * The outline of rings cut to a [-180, 180] map ([lat, lon], Leaflet's order), without the cut itself: edges
 * that run along the antimeridian or the pole edge are left out, so stroking it draws only the real boundary.
 */
export function outlineWithoutMapEdges(rings: readonly (readonly LatLon[])[]): LatLon[][] {
  const lines: LatLon[][] = [];
  for (const ring of rings) {
    const n = ring.length;
    if (n < 2) continue;
    // Start right after an edge on the map border, if there is one, so a run is not split at the ring's seam.
    let start = 0;
    for (let i = 0; i < n; i++) {
      if (onMapEdge(itemAt(ring, i), itemAt(ring, (i + 1) % n))) {
        start = (i + 1) % n;
        break;
      }
    }
    let current: LatLon[] = [itemAt(ring, start)];
    for (let k = 1; k <= n; k++) {
      const a = itemAt(ring, (start + k - 1) % n);
      const b = itemAt(ring, (start + k) % n);
      if (onMapEdge(a, b)) {
        if (current.length > 1) lines.push(current);
        current = [b];
      } else {
        current.push(b);
      }
    }
    if (current.length > 1) lines.push(current);
  }
  return lines;
}

/**
 * Cut a track ([lat, lon]) into polylines that never jump across the map. Wherever consecutive longitudes differ by more
 * than 180 deg the track crossed the antimeridian: the crossing latitude is interpolated (along the great circle
 * through the two samples), the piece ends at
 * that latitude on the +/-180 edge it ran into, and the next piece starts there on the opposite edge.
 */
export function splitTrackAtAntimeridian(points: LatLon[]): LatLon[][] {
  const pieces: LatLon[][] = [];
  let current: LatLon[] = [];
  let prev: LatLon | undefined;
  for (const p of points) {
    if (prev !== undefined) {
      const dLon = p[1] - prev[1];
      if (Math.abs(dLon) > 180) {
        // Going east across 180 (lon jumps from +179 to -179) or west across -180.
        const edge = dLon < 0 ? 180 : -180;
        const lat = antimeridianCrossingLat(prev, p);
        if (prev[1] !== edge) current.push(latLon(lat, edge));
        pieces.push(current);
        current = p[1] === -edge ? [] : [latLon(lat, -edge)];
      }
    }
    current.push(p);
    prev = p;
  }
  if (current.length > 0) pieces.push(current);
  return pieces.filter((piece) => piece.length > 1 || points.length === 1);
}

/**
 * Latitude where the great circle through two points meets the 180 deg meridian. Between close samples the
 * ground track is very nearly a great circle, and unlike a straight line in lat/lon this stays right near the
 * poles, where longitude swings fast.
 */
function antimeridianCrossingLat(a: LatLon, b: LatLon): number {
  const [ax, ay, az] = unit(a);
  const [bx, by, bz] = unit(b);
  // Normal of the great circle, then its intersection with the plane y = 0 of the 0/180 meridian.
  const nx = ay * bz - az * by;
  const ny = az * bx - ax * bz;
  const nz = ax * by - ay * bx;
  let dx = -nz;
  let dz = nx;
  const len = Math.hypot(dx, dz);
  if (len < 1e-12 || Math.hypot(nx, ny, nz) < 1e-12) {
    // Coincident or antipodal samples: no unique circle, fall back to a straight line in lat/lon.
    const unwrappedLon = b[1] + (b[1] < a[1] ? 360 : -360);
    const t = ((a[1] > 0 ? 180 : -180) - a[1]) / (unwrappedLon - a[1]);
    return a[0] + t * (b[0] - a[0]);
  }
  if (dx > 0) {
    dx = -dx;
    dz = -dz;
  }
  return toDegrees(Math.atan2(dz, -dx));
}

function unit(p: LatLon): [number, number, number] {
  const lat = toRadians(p[0]);
  const lon = toRadians(p[1]);
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}
