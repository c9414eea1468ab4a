import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadRun } from './load-run';

/** wrk's binary on PATH (Debian package `wrk`), or null. */
export function findWrk(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'wrk');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "34.45ms", "420.06us", "1.02s" -> milliseconds. */
export function wrkDurationMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!m) throw new Error(`not a wrk duration: "${text}"`);
  return Number(m[1]) * (UNIT_MS[m[2] as string] as number);
}

/** The figures of one `wrk --latency` run, from its text output. Throws when a figure is missing. */
export function parseWrkOutput(out: string): Omit<LoadRun, 'tool' | 'connections' | 'seconds'> {
  const need = (re: RegExp, what: string): RegExpExecArray => {
    const m = re.exec(out);
    if (!m) throw new Error(`wrk output has no ${what}:\n${out}`);
    return m;
  };
  const latency = need(/^\s*Latency\s+(\S+)\s+(\S+)\s+(\S+)/m, 'latency line');
  const p50 = need(/^\s*50%\s+(\S+)/m, '50th percentile (run wrk with --latency)');
  const p99 = need(/^\s*99%\s+(\S+)/m, '99th percentile (run wrk with --latency)');
  const total = need(/^\s*(\d+) requests in ([\d.]+)(us|ms|s|m)/m, 'request count');
  const rate = need(/^Requests\/sec:\s+([\d.]+)/m, 'Requests/sec');
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requests: Number(total[1]),
    requestsPerSecond: Number(rate[1]),
    latencyP50Ms: wrkDurationMs(p50[1] as string),
    latencyP99Ms: wrkDurationMs(p99[1] as string),
    latencyMaxMs: wrkDurationMs(latency[3] as string),
    errors: sockets ? Number(sockets[1]) + Number(sockets[2]) + Number(sockets[3]) : 0,
    timeouts: sockets ? Number(sockets[4]) : 0,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
  };
}

/** One closed-loop wrk run: one thread (wrk in C needs a fraction of a core; the server gets the rest). */
export function runWrk(bin: string, url: string, connections: number, seconds: number): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s', url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk exited with code ${code}:\n${out}`));
      try {
        resolve({ tool: 'wrk', connections, seconds, ...parseWrkOutput(out) });
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}
