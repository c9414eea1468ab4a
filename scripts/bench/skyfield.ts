// Skyfield on the same pass case, when Debian's python3-skyfield is installed (scripts/bench/skyfield-passes.py).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface SkyfieldResult {
  medianMs: number;
  runs: number;
  passes: number;
  sgp4Accelerated: boolean;
  skyfield: string;
  python: string;
}

/** Debian's python first: a pyenv or venv `python3` on PATH usually lacks the apt-installed package. */
const CANDIDATES = [process.env.BENCH_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => !!p);

export function findSkyfieldPython(): string | null {
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', 'import skyfield'], { stdio: 'ignore', timeout: 20_000 });
    if (probe.status === 0) return python;
  }
  return null;
}

export function benchSkyfield(runs = 9): SkyfieldResult | null {
  const python = findSkyfieldPython();
  if (python === null) return null;
  const script = path.join(__dirname, 'skyfield-passes.py');
  const run = spawnSync(python, [script, String(runs)], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`Skyfield benchmark failed: ${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(line) as Omit<SkyfieldResult, 'python'>), python };
}
