// The production server (server/http/start.mjs, what `npm start` runs, one worker per core) of an existing build on
// a free 127.0.0.1 port, for the page benchmarks: the same starter as `npm run load` (scripts/load/server.ts), plus
// a clear message when there is no build yet.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startNextServer } from '../load/server';
import { writeFreshElements } from './fresh-elements';

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

/**
 * Offline defaults (no tile host, a throwaway data directory), loopback only, with the embedded elements moved to a
 * few hours ago (fresh-elements.ts) so the pages show what a live deployment shows on any date.
 */
export async function startServer(cwd: string, distDir: string): Promise<BenchServer> {
  requireBuild(cwd, distDir);
  const workers = os.availableParallelism();
  const elementsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-watch-bench-'));
  const env = { TLE_SOURCE: writeFreshElements(elementsDir, Date.now()) };
  const server = await startNextServer({ cwd, distDir, port: await freePort(), readyTimeoutMs: 60_000, workers, env });
  // Each worker compresses the static files once after it starts (server/http/static-assets.mjs); measure after.
  const deadline = Date.now() + 60_000;
  const held = /static files held compressed|static files are served by Next/g;
  while ((server.output().match(held) ?? []).length < workers && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 250));
  const stop = async (): Promise<void> => {
    await server.stop();
    fs.rmSync(elementsDir, { recursive: true, force: true });
  };
  return { baseUrl: server.baseUrl, pid: server.pid, distDir, stop };
}
