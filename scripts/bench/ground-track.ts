// Figure 3a: the ground track the map draws, 3 orbits (1 behind, 2 ahead) sampled every 30 s as
// components/map/orbit-overlay.ts does (TRACK_STEP_MS), then cut into the drawn pieces (behind, next orbit,
// the rest) at the antimeridian. Median of many rebuilds.
import { sampleTimedTrack, sliceTrack } from '../../lib/geo/track-slices';
import { satrecPeriodMs } from '../../lib/orbit/kepler';
import { issSatrec, issTle } from './fixtures';
import { median } from './stats';

const TRACK_STEP_MS = 30_000;

export function benchGroundTrack(runs = 400): { medianMs: number; samples: number; pieces: number; runs: number } {
  const satrec = issSatrec();
  const periodMs = satrecPeriodMs(satrec);
  const startMs = issTle().epochMs + 7_200_000;
  let samples = 0;
  let pieces = 0;
  const once = (k: number): void => {
    // A different instant each run, as the live map's rebuilds are.
    const nowMs = startMs + k * 61_000;
    const track = sampleTimedTrack(
      satrec,
      nowMs - periodMs - TRACK_STEP_MS,
      nowMs + 2 * periodMs + TRACK_STEP_MS,
      TRACK_STEP_MS,
    );
    const behind = sliceTrack(track, nowMs - periodMs, nowMs);
    const next = sliceTrack(track, nowMs, nowMs + periodMs);
    const rest = sliceTrack(track, nowMs + periodMs, nowMs + 2 * periodMs);
    samples = track.points.length;
    pieces = behind.length + next.length + rest.length;
  };
  for (let i = 0; i < 200; i++) once(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    once(i);
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), samples, pieces, runs };
}

if (process.argv[1] && /ground-track\.ts$/.test(process.argv[1])) {
  console.log(JSON.stringify(benchGroundTrack()));
}
