// `next start` of an existing production build on a free 127.0.0.1 port, for the page benchmarks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

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

export interface BenchServer {
  baseUrl: string;
  pid: number;
  distDir: string;
  stop: () => Promise<void>;
}

export class MissingBuildError extends Error {}

/** Throws MissingBuildError with the command to run when `distDir` holds no production build. */
export function requireBuild(cwd: string, distDir: string): void {
  if (!fs.existsSync(path.join(cwd, distDir, 'BUILD_ID'))) {
    const prefix = distDir === '.next' ? '' : `NEXT_DIST_DIR=${distDir} `;
    throw new MissingBuildError(
      `No production build in ${distDir}/ (${distDir}/BUILD_ID is missing). Build it first:\n` +
        `  ${prefix}NEXT_TELEMETRY_DISABLED=1 npx next build\n` +
        `or skip the page figures with BENCH_SKIP_PAGES=1.`,
    );
  }
}

/** Offline defaults (embedded TLE, no tile host, a throwaway data directory), loopback only. */
export async function startServer(cwd: string, distDir: string): Promise<BenchServer> {
  requireBuild(cwd, distDir);
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-watch-bench-'));
  const child = spawn(process.execPath, [path.join(cwd, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      DATA_DIR: dataDir,
      TLE_SOURCE: '',
      TILE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`next start exited with code ${child.exitCode}:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, pid: child.pid ?? 0, distDir, stop };
}
