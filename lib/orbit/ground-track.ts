import type { SatRec } from 'satellite.js';
import { toDegrees, toRadians, type EpochMs, type Seconds } from '../units';
import { geodeticAt, type GeodeticPoint } from './propagate';
import type { LatLon } from './spherical-cap';

export type { LatLon };

/**
 * Sub-satellite points from `fromMs` to `toMs` (both included) every `stepSec`. Instants where SGP4 fails are
 * left out, so a decaying orbit gives a shorter track rather than an error.
 */
export function sampleGroundTrack(satrec: SatRec, fromMs: EpochMs, toMs: EpochMs, stepSec: Seconds): LatLon[] {
  if (!(stepSec > 0)) throw new RangeError(`step must be positive, got ${stepSec} s`);
  const stepMs = stepSec * 1000;
  const count = Math.floor((toMs - fromMs) / stepMs);
  const out: LatLon[] = [];
  const scratch: GeodeticPoint = { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
  for (let i = 0; i <= count; i++) {
    if (geodeticAt(satrec, fromMs + i * stepMs, scratch)) out.push([scratch.latitudeDeg, scratch.longitudeDeg]);
  }
  if (fromMs + count * stepMs < toMs && geodeticAt(satrec, toMs, scratch)) {
    out.push([scratch.latitudeDeg, scratch.longitudeDeg]);
  }
  return out;
}

/**
 * Cut a track into polylines that never jump across the map. Wherever consecutive longitudes differ by more
 * than 180 deg the track crossed the antimeridian: the crossing latitude is interpolated (along the great circle
 * through the two samples), the piece ends at
 * that latitude on the +/-180 edge it ran into, and the next piece starts there on the opposite edge.
 */
export function splitAtAntimeridian(points: LatLon[]): LatLon[][] {
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
        if (prev[1] !== edge) current.push([lat, edge]);
        pieces.push(current);
        current = p[1] === -edge ? [] : [[lat, -edge]];
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

/** Time span of a drawn track: some orbits behind the satellite and some ahead. */
export function trackWindow(
  atMs: EpochMs,
  periodMs: number,
  pastOrbits = 1,
  futureOrbits = 2,
): { fromMs: EpochMs; toMs: EpochMs } {
  return { fromMs: atMs - pastOrbits * periodMs, toMs: atMs + futureOrbits * periodMs };
}
