import autocannon from 'autocannon';
import { findWrk, runWrk } from './wrk';

/** What one timed run against one URL measured, whichever tool drove it. */
export interface LoadRun {
  tool: LoadTool;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export type LoadTool = 'wrk' | 'autocannon';

/**
 * wrk when it is installed: written in C, it drives 1,500+ requests/s with a fraction of one core, where
 * autocannon (JavaScript) needs a whole core of the two the server should have. LOAD_TOOL forces one.
 */
export function chooseLoadTool(env: NodeJS.ProcessEnv = process.env): { tool: LoadTool; wrk: string | null } {
  const wanted = env.LOAD_TOOL;
  if (wanted !== undefined && wanted !== '' && wanted !== 'wrk' && wanted !== 'autocannon') {
    throw new Error(`LOAD_TOOL="${wanted}" must be wrk or autocannon`);
  }
  const wrk = findWrk(env);
  if (wanted === 'wrk' && !wrk) throw new Error('LOAD_TOOL=wrk but wrk is not on PATH (Debian: apt-get install wrk)');
  if (wanted === 'autocannon' || !wrk) return { tool: 'autocannon', wrk: null };
  return { tool: 'wrk', wrk };
}

export async function runLoad(
  tool: { tool: LoadTool; wrk: string | null },
  url: string,
  connections: number,
  seconds: number,
): Promise<LoadRun> {
  if (tool.tool === 'wrk' && tool.wrk) return runWrk(tool.wrk, url, connections, seconds);
  const r = await autocannon({ url, connections, duration: seconds, timeout: 10 });
  return {
    tool: 'autocannon',
    connections,
    seconds,
    requests: r.requests.total,
    requestsPerSecond: r.requests.average,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    latencyMaxMs: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}
