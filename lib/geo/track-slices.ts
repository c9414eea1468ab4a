import type { SatRec } from 'satellite.js';
import { geodeticAt, type GeodeticPoint } from '../orbit/propagate';
import { latLon, type LatLon } from './lat-lon';
import type { EpochMs } from '../units';
import { splitTrackAtAntimeridian } from './antimeridian';

/**
 * A ground track sampled at a fixed step, kept with its times so any stretch of it (the orbit behind, the next
 * orbit, a pass) can be cut out without propagating again. `points[i]` is the sub-satellite point at
 * `startMs + i * stepMs`, or null where SGP4 failed.
 */
export interface TimedTrack {
  startMs: EpochMs;
  stepMs: number;
  points: Array<LatLon | null>;
}

export function sampleTimedTrack(satrec: SatRec, fromMs: EpochMs, toMs: EpochMs, stepMs: number): TimedTrack {
  if (!(stepMs > 0)) throw new RangeError(`step must be positive, got ${stepMs} ms`);
  const count = Math.max(0, Math.ceil((toMs - fromMs) / stepMs));
  const points: Array<LatLon | null> = new Array(count + 1);
  const scratch: GeodeticPoint = { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
  for (let i = 0; i <= count; i++) {
    points[i] = geodeticAt(satrec, fromMs + i * stepMs, scratch)
      ? latLon(scratch.latitudeDeg, scratch.longitudeDeg)
      : null;
  }
  return { startMs: fromMs, stepMs, points };
}

export const trackEndMs = (track: TimedTrack): EpochMs => track.startMs + (track.points.length - 1) * track.stepMs;

/** Whether the samples cover [fromMs, toMs]. */
export const trackCovers = (track: TimedTrack, fromMs: EpochMs, toMs: EpochMs): boolean =>
  track.points.length > 1 && fromMs >= track.startMs && toMs <= trackEndMs(track);

/** Time of the last sample at or before `atMs` (clamped to the track). */
export function sampleTimeAtOrBefore(track: TimedTrack, atMs: EpochMs): EpochMs {
  const i = Math.floor((atMs - track.startMs) / track.stepMs);
  return track.startMs + Math.max(0, Math.min(track.points.length - 1, i)) * track.stepMs;
}

/** Linear interpolation between neighbouring samples, the short way round in longitude. */
export function trackPointAt(track: TimedTrack, atMs: EpochMs): LatLon | null {
  const x = (atMs - track.startMs) / track.stepMs;
  const i = Math.floor(x);
  if (i < 0 || i > track.points.length - 1) return null;
  const a = track.points[i] ?? null;
  if (a === null) return null;
  const f = x - i;
  if (f === 0) return latLon(a[0], a[1]);
  const b = track.points[i + 1] ?? null;
  if (b === null) return null;
  let dLon = b[1] - a[1];
  if (dLon > 180) dLon -= 360;
  else if (dLon < -180) dLon += 360;
  let lon = a[1] + f * dLon;
  if (lon > 180) lon -= 360;
  else if (lon < -180) lon += 360;
  return latLon(a[0] + f * (b[0] - a[0]), lon);
}

/**
 * The stretch of track between two instants as polylines that never cross the map: ends interpolated, gaps
 * where SGP4 failed left open, and cut at the antimeridian.
 */
export function sliceTrack(track: TimedTrack, fromMs: EpochMs, toMs: EpochMs): LatLon[][] {
  if (!(toMs > fromMs)) return [];
  const runs: LatLon[][] = [];
  let run: LatLon[] = [];
  const push = (p: LatLon | null) => {
    if (p === null) {
      if (run.length > 1) runs.push(run);
      run = [];
    } else {
      run.push(p);
    }
  };
  push(trackPointAt(track, fromMs));
  const first = Math.floor((fromMs - track.startMs) / track.stepMs) + 1;
  const last = Math.ceil((toMs - track.startMs) / track.stepMs) - 1;
  for (let i = Math.max(0, first); i <= Math.min(last, track.points.length - 1); i++) push(track.points[i] ?? null);
  push(trackPointAt(track, toMs));
  if (run.length > 1) runs.push(run);
  return runs.flatMap((r) => splitTrackAtAntimeridian(r));
}

/** What the map draws of the track at `simMs`: the orbits behind, the next orbit (solid), the rest (dashed). */
export interface TrackWindow {
  fromMs: EpochMs;
  firstOrbitEndMs: EpochMs;
  toMs: EpochMs;
}

export function trackWindow(simMs: EpochMs, periodMs: number, orbitsAhead: number, orbitsBehind: number): TrackWindow {
  return {
    fromMs: simMs - orbitsBehind * periodMs,
    firstOrbitEndMs: simMs + Math.min(1, orbitsAhead) * periodMs,
    toMs: simMs + orbitsAhead * periodMs,
  };
}
