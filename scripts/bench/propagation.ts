// Figure 1: propagation to a geodetic point per sample (SGP4 + sidereal time + lat/lon/alt), ours
// (`geodeticAt`: lean near-Earth SGP4, inlined gstime, closed-form Vermeille) against satellite.js's own chain
// (`propagate` + `gstime` + `eciToGeodetic`) in the same process, interleaved so machine load hits both alike.
// Run alone with `npx tsx scripts/bench/propagation.ts`.
import { eciToGeodetic, gstime, propagate, sgp4 } from 'satellite.js';
import { ecefToGeodeticInto } from '../../lib/orbit/geodetic';
import { geodeticAt, minutesSinceEpoch, type GeodeticPoint } from '../../lib/orbit/propagate';
import { nearEarthConstantsOf, newTemeStateOut, sgp4NearEarth } from '../../lib/orbit/sgp4-near-earth';
import { issSatrec, issTle } from './fixtures';
import { median } from './stats';

export interface PropagationResult {
  oursUs: number;
  satelliteJsChainUs: number;
  oursSgp4Us: number;
  satelliteJsSgp4Us: number;
  vermeilleUs: number;
  satelliteJsEciToGeodeticUs: number;
  samplesPerBatch: number;
  batches: number;
}

const BATCH = 10_000;
/** Spread the instants over ~3 h (an odd step, so samples do not repeat the same orbital phases). */
const STEP_MS = 1_097;

function timeBatch(fn: (i: number) => unknown): number {
  let kept = 0;
  const t0 = performance.now();
  for (let i = 0; i < BATCH; i++) if (fn(i) !== null) kept += 1;
  const us = ((performance.now() - t0) * 1000) / BATCH;
  if (kept !== BATCH) throw new Error(`propagation failed on ${BATCH - kept} samples`);
  return us;
}

export function benchPropagation(rounds = 40): PropagationResult {
  const satrec = issSatrec();
  const theirs = issSatrec();
  const t0 = issTle().epochMs + 3_600_000;
  const out: GeodeticPoint = { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
  const k = nearEarthConstantsOf(satrec);
  if (!k) throw new Error('ISS should be near-Earth');
  const teme = newTemeStateOut();
  const ecef = { x: 0, y: 0, z: 0 };

  const cases = {
    ours: (i: number) => geodeticAt(satrec, t0 + i * STEP_MS, out),
    chain: (i: number) => {
      const date = new Date(t0 + i * STEP_MS);
      const pv = propagate(theirs, date);
      if (pv === null) return null;
      return eciToGeodetic(pv.position, gstime(date));
    },
    oursSgp4: (i: number) => (sgp4NearEarth(k, minutesSinceEpoch(satrec, t0 + i * STEP_MS), teme) === 0 ? teme : null),
    sjsSgp4: (i: number) => sgp4(theirs, minutesSinceEpoch(theirs, t0 + i * STEP_MS)),
    vermeille: (i: number) => ecefToGeodeticInto(6000 + i * 0.01, 2500 - i * 0.02, 3000 + i * 0.015, out),
    eciToGeodetic: (i: number) => {
      ecef.x = 6000 + i * 0.01;
      ecef.y = 2500 - i * 0.02;
      ecef.z = 3000 + i * 0.015;
      return eciToGeodetic(ecef, 0);
    },
  } as const;
  type Name = keyof typeof cases;
  const names = Object.keys(cases) as Name[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Name, number[]>;
  for (let w = 0; w < 10; w++) for (const n of names) timeBatch(cases[n]);
  for (let r = 0; r < rounds; r++) for (const n of names) samples[n].push(timeBatch(cases[n]));
  return {
    oursUs: median(samples.ours),
    satelliteJsChainUs: median(samples.chain),
    oursSgp4Us: median(samples.oursSgp4),
    satelliteJsSgp4Us: median(samples.sjsSgp4),
    vermeilleUs: median(samples.vermeille),
    satelliteJsEciToGeodeticUs: median(samples.eciToGeodetic),
    samplesPerBatch: BATCH,
    batches: rounds,
  };
}

if (process.argv[1] && /propagation\.ts$/.test(process.argv[1])) {
  console.log(JSON.stringify(benchPropagation()));
}
