// Pass prediction benchmark: 10 days of ISS passes for one observer (London), median of 50 timed runs
// after 150 warm-up runs (the JIT needs them). Run with `npx tsx scripts/bench/passes.ts`; prints one JSON line.
// `minElevationDeg` 0 asks for every pass above the horizon, the set Skyfield's find_events returns.
import { createSatrec } from '../../lib/orbit/satrec';
import { findPasses } from '../../lib/passes';
import { issTle } from './fixtures';
import { median } from './stats';

export function benchPasses(
  runs = 50,
  minElevationDeg?: number,
): { name: string; medianMs: number; runs: number; passes: number } {
  const tle = issTle();
  const satrec = createSatrec(tle);
  const observer = { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0, name: 'London' };
  const options = {
    fromMs: tle.epochMs,
    toMs: tle.epochMs + 10 * 86_400_000,
    ...(minElevationDeg === undefined ? {} : { minElevationDeg }),
  };
  let passes = 0;
  for (let i = 0; i < 150; i++) passes = findPasses(satrec, observer, options).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findPasses(satrec, observer, options);
    times.push(performance.now() - t0);
  }
  const label =
    minElevationDeg === undefined ? 'default minimum elevation' : `minimum elevation ${minElevationDeg} deg`;
  return { name: `findPasses 10 days, 1 observer, ${label}`, medianMs: Number(median(times).toFixed(3)), runs, passes };
}

if (process.argv[1] && /passes\.ts$/.test(process.argv[1])) {
  console.log(JSON.stringify(benchPasses()));
  console.log(JSON.stringify(benchPasses(50, 0)));
}
