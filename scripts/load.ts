/**
 * `npm run load`: serves the production build the way `npm run serve` deploys it (server/http/start.mjs: one
 * `next start` worker per core, offline defaults: embedded TLE, no tile host) on a free 127.0.0.1 port, drives
 * each endpoint with wrk (Debian package `wrk`) or, without it, autocannon, samples the server's RSS every
 * second, and prints a table plus the issue 6 budget verdict. Loopback only, bounded in time.
 *
 * Each budgeted endpoint gets two timed runs: LOAD_LATENCY_CONNECTIONS (10) connections, where the budget
 * "1,000 requests/s with p99 under 50 ms" is judged, and LOAD_CONNECTIONS (50), the saturation figure.
 *
 *   LOAD_SECONDS=60              seconds per timed run (default 60)
 *   LOAD_CONNECTIONS=50          connections of the saturation run (default 50)
 *   LOAD_LATENCY_CONNECTIONS=10  connections of the latency run (default 10)
 *   LOAD_WARMUP_SECONDS=5        unrecorded warm-up per endpoint (JIT, caches)
 *   LOAD_WORKERS=N               server workers (WEB_CONCURRENCY; default: the number of cores, as deployed)
 *   LOAD_TOOL=wrk|autocannon     force a load generator (default wrk when on PATH)
 *   NEXT_DIST_DIR=.next          the build to serve (must exist: run `next build` first)
 *   LOAD_PATHS=a,b               only these of the default paths (e.g. /api/tle,/api/position)
 *   LOAD_JSON=path               also write the results as JSON
 *   LOAD_NODE_ARGS='...'         node flags of the server instead of the deployed ones (scripts/load/server.ts); '' = none
 *
 * Exit code: 0 within budget, 1 over budget, 2 could not run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseLoadTool, runLoad } from './load/load-run';
import { BUDGET, budgetFailures, formatTable, rssSummary, type EndpointResult } from './load/report';
import { startRssSampler } from './load/rss';
import { freePort, serverNodeArgs, startNextServer } from './load/server';

const cwd = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const seconds = positive('LOAD_SECONDS', 60);
const connections = positive('LOAD_CONNECTIONS', 50);
const latencyConnections = positive('LOAD_LATENCY_CONNECTIONS', 10);
const warmupSeconds = positive('LOAD_WARMUP_SECONDS', 5, true);
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
const workers = positive('LOAD_WORKERS', cores);

function positive(name: string, fallback: number, zeroOk = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1) || n > 3600) {
    console.error(`${name}="${raw}" must be a whole number ${zeroOk ? 0 : 1}-3600`);
    process.exit(2);
  }
  return n;
}

interface Target {
  path: string;
  budgeted: boolean;
}

const TARGETS: Target[] = [
  { path: '/api/tle', budgeted: true },
  { path: '/api/position', budgeted: true },
  { path: '/api/passes?lat=51.5&lon=-0.13', budgeted: false },
  // The dashboard document itself: dynamic (per-request CSP nonce), so the origin renders it every time.
  { path: '/', budgeted: false },
];

const only = (process.env.LOAD_PATHS ?? '')
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const targets =
  only.length === 0 ? TARGETS : TARGETS.filter((t) => only.some((p) => t.path === p || t.path.startsWith(`${p}?`)));

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(cwd, distDir, 'BUILD_ID'))) {
    console.error(
      `No production build in ${distDir}/ (${distDir}/BUILD_ID is missing).\n` +
        `Build first, e.g.:  ${distDir === '.next' ? '' : `NEXT_DIST_DIR=${distDir} `}NEXT_TELEMETRY_DISABLED=1 npx next build`,
    );
    return 2;
  }
  const tool = chooseLoadTool();
  const port = await freePort();
  const nodeArgs = serverNodeArgs();
  console.log(
    `node ${[...nodeArgs, ''].join(' ')}server/http/start.mjs (${distDir}, ${workers} worker${workers === 1 ? '' : 's'}) on 127.0.0.1:${port}; ` +
      `${tool.tool}, ${latencyConnections} and ${connections} connections, ${seconds} s per run, ${warmupSeconds} s warm-up`,
  );
  const server = await startNextServer({ cwd, distDir, port, readyTimeoutMs: 60_000, nodeArgs, workers });
  const loadBefore = os.loadavg();
  const sampler = startRssSampler(server.pid);
  const results: EndpointResult[] = [];
  let overallStartMiB: number | null = null;
  try {
    for (const target of targets) {
      const url = `${server.baseUrl}${target.path}`;
      const probe = await fetch(url);
      await probe.arrayBuffer();
      if (probe.status === 404) {
        console.log(`${target.path}: 404, not built yet; skipped`);
        continue;
      }
      if (warmupSeconds > 0) await runLoad(tool, url, connections, warmupSeconds);
      overallStartMiB ??= sampler.samples[sampler.samples.length - 1]?.rssMiB ?? null;
      const from = Date.now();
      const latency = target.budgeted ? await runLoad(tool, url, latencyConnections, seconds) : null;
      const saturation = await runLoad(tool, url, connections, seconds);
      const rss = rssSummary(sampler.samples.filter((s) => s.atMs >= from - 1000));
      results.push({
        path: target.path,
        budgeted: target.budgeted,
        saturation,
        latency,
        rssStartMiB: rss.start,
        rssEndMiB: rss.end,
        rssMaxMiB: rss.max,
        rssDriftMiB: rss.drift,
        cacheControl: probe.headers.get('cache-control'),
      });
      for (const run of latency ? [latency, saturation] : [saturation]) {
        console.log(
          `${target.path}, ${run.connections} connections: ${Math.round(run.requestsPerSecond)} req/s, p99 ${run.latencyP99Ms.toFixed(1)} ms`,
        );
      }
    }
  } finally {
    sampler.stop();
    await server.stop();
  }

  const all = rssSummary(sampler.samples);
  const overall = {
    startMiB: overallStartMiB ?? all.start,
    endMiB: all.end,
    maxMiB: all.max,
    largestProcessMaxMiB: all.largestProcessMax,
  };
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\n${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}\n`,
  );
  const loadAfter = os.loadavg();
  // Other work on the machine skews every figure; the load average says how much there was.
  console.log(`load average (1 min) before ${loadBefore[0]?.toFixed(2)}, after ${loadAfter[0]?.toFixed(2)}\n`);
  console.log(formatTable(results));
  console.log(
    `\nRSS over the whole run (after the first warm-up), all ${workers + (workers > 1 ? 1 : 0)} processes: start ${overall.startMiB.toFixed(1)} MiB, ` +
      `end ${overall.endMiB.toFixed(1)} MiB, max ${overall.maxMiB.toFixed(1)} MiB; largest single process ${overall.largestProcessMaxMiB.toFixed(1)} MiB`,
  );
  const failures = budgetFailures(results, overall);
  console.log(
    `Budgets (issue 6): /api/tle and /api/position >= ${BUDGET.minRequestsPerSecond} req/s with p99 < ${BUDGET.maxP99Ms} ms ` +
      `(at ${latencyConnections} connections; >= ${BUDGET.minRequestsPerSecond} req/s at ${connections} too); ` +
      `RSS < ${BUDGET.maxRssMiB} MiB per server process and flat (second half of each endpoint's runs peaks <= ${BUDGET.maxRssDriftMiB} MiB above the first); ` +
      'zero errors and non-2xx everywhere.',
  );
  console.log(failures.length === 0 ? 'Within budget.' : `OVER BUDGET:\n  ${failures.join('\n  ')}`);
  if (process.env.LOAD_JSON) {
    fs.writeFileSync(
      process.env.LOAD_JSON,
      JSON.stringify(
        {
          tool: tool.tool,
          workers,
          connections,
          latencyConnections,
          seconds,
          loadBefore,
          loadAfter,
          overall,
          results,
          failures,
          rssSamples: sampler.samples,
        },
        null,
        2,
      ),
    );
  }
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
