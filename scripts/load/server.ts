import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Node flags of the served process, as scripts/serve.sh deploys it: a 256 MiB limit on the old generation.
 * The live heap is about 40 MiB (after full collections, under 50 connections to the dashboard page or
 * /api/passes). V8 derives how far the heap may grow past its live size from the heap limit; with the default
 * limit on a host with a lot of RAM it lets the garbage that Next's per-request machinery promotes pile up to
 * about 4 times the live size before a full collection, which put RSS at 260-300 MiB under the API load. With a
 * limit this low it collects at about twice the live size: RSS ~165 MiB (any limit from 128 to 384 MiB measured
 * the same), full collections of 5-10 ms. A heap that really needed more than 256 MiB would crash with an
 * out-of-memory error instead of growing: raise the limit with the memory the host gives the process.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-old-space-size=256'];

/** SERVER_NODE_ARGS, or LOAD_NODE_ARGS when set (space-separated; empty for none), to compare settings. */
export function serverNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.LOAD_NODE_ARGS;
  return raw === undefined ? [...SERVER_NODE_ARGS] : raw.split(/\s+/).filter(Boolean);
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  /** Everything the server printed, for a failure message. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The build in `distDir` served on 127.0.0.1 only, offline defaults (embedded TLE): plain `next start`, or with
 * `workers` the production launcher (server/http/start.mjs, `npm run serve`) with that many workers.
 */
export async function startNextServer(opts: {
  cwd: string;
  distDir: string;
  port: number;
  readyTimeoutMs: number;
  nodeArgs?: readonly string[];
  workers?: number;
  /** Variables on top of the offline defaults (e.g. a TLE_SOURCE for a test). */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-watch-load-'));
  const entry =
    opts.workers === undefined
      ? [path.join(opts.cwd, 'node_modules/next/dist/bin/next'), 'start']
      : [path.join(opts.cwd, 'server/http/start.mjs')];
  // The node binary itself, not npx: the pid sampled for RSS is then the server's own process (tree).
  const child: ChildProcess = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? SERVER_NODE_ARGS), ...entry, '-p', String(opts.port), '-H', '127.0.0.1'],
    {
      cwd: opts.cwd,
      env: {
        ...process.env,
        ...(opts.workers === undefined ? {} : { WEB_CONCURRENCY: String(opts.workers) }),
        NODE_ENV: 'production',
        NEXT_DIST_DIR: opts.distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        DATA_DIR: dataDir,
        TLE_SOURCE: 'embedded',
        TILE_URL: '',
        // Load and bench measure the server, not the rate limiter (which would refuse them within a second).
        API_RATE_LIMIT: '0',
        FRAME_ANCESTORS: '',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + opts.readyTimeoutMs;
  // The launcher is up once one worker answers; the others may still be starting (on a busy machine, seconds).
  // Callers count on every worker: wait until each has said it is ready.
  const allWorkersReady = () =>
    opts.workers === undefined || (output.match(/ready on http/g)?.length ?? 0) >= opts.workers;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`next start exited with code ${child.exitCode}:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok && allWorkersReady()) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer /api/health within ${opts.readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (child.pid === undefined) throw new Error('next start has no pid');
  return { pid: child.pid, baseUrl, output: () => output, stop };
}
