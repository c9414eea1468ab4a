// Pass prediction benchmark: 10 days of ISS passes for one observer (London), median of 50 timed runs
// after 150 warm-up runs (the JIT needs them). Run with `npx tsx scripts/bench/passes.ts`; prints one JSON line.
import { parseTleText } from '../../lib/tle';
import { createSatrec } from '../../lib/orbit/satrec';
import { findPasses } from '../../lib/passes';

const TLE = `ISS (ZARYA)
1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998
2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526`;

export function benchPasses(runs = 50): { name: string; medianMs: number; runs: number; passes: number } {
  const tle = parseTleText(TLE)[0];
  if (!tle) throw new Error('benchmark TLE did not parse');
  const satrec = createSatrec(tle);
  const observer = { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0, name: 'London' };
  const options = { fromMs: tle.epochMs, toMs: tle.epochMs + 10 * 86_400_000 };
  let passes = 0;
  for (let i = 0; i < 150; i++) passes = findPasses(satrec, observer, options).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findPasses(satrec, observer, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const medianMs = times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { name: 'findPasses 10 days, 1 observer', medianMs: Number(medianMs.toFixed(3)), runs, passes };
}

if (process.argv[1] && /passes\.ts$/.test(process.argv[1])) {
  console.log(JSON.stringify(benchPasses()));
}
