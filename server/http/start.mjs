#!/usr/bin/env node
// @ts-check
/**
 * Production start: `next start` in WEB_CONCURRENCY worker processes sharing one port (node:cluster).
 *
 * Why: one Node process runs JavaScript on one core, and Next's own per-request work (about 1 ms for an API
 * request on the reference machine) caps a single `next start` near 800 requests/s. One worker per core uses
 * the machine. Usage: `node server/http/start.mjs [-p port] [-H hostname] [--keepAliveTimeout ms]`, the options of
 * `next start`, e.g. `-p 3000 -H 0.0.0.0`. Each worker is server/http/next-server.mjs: Next's request handler
 * behind a server that answers static files from compressed copies in memory.
 *
 *   WEB_CONCURRENCY  workers, 1-64 (default: the number of cores). 1 runs the server in this process.
 *
 * One worker polls the upstream TLE source (TLE_ROLE=fetch) and the others read what it saves in DATA_DIR
 * (TLE_ROLE=follow), so the cluster makes one upstream request per refresh. An operator's TLE_ROLE=follow
 * (another instance fetches for this DATA_DIR) applies to every worker. A worker that dies is replaced in
 * the same slot (and role) after a second; a slot that dies 5 times within a minute stops the whole service
 * with exit code 1, so a supervisor sees the failure instead of a silent crash loop. SIGTERM/SIGINT stop the
 * workers gracefully (10 s, then SIGKILL).
 */
import cluster from 'node:cluster';
import os from 'node:os';
import { parseServerArgs, runNextServer } from './next-server.mjs';
import { answerLimitMessage, createRateLimiter, parseRateLimit } from './rate-limit.mjs';

const LOG = '[start]';
const RESTART_DELAY_MS = 1000;
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES_IN_WINDOW = 5;
const STOP_GRACE_MS = 10_000;

/** @param {string | undefined} raw */
function workerCount(raw) {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (raw === undefined || raw.trim() === '') return Math.max(1, cores);
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1 && n <= 64) return n;
  console.warn(`${LOG} WEB_CONCURRENCY="${raw}" is not a whole number 1-64; using ${cores} (the number of cores)`);
  return Math.max(1, cores);
}

/**
 * @param {number} count
 * @param {string[]} args
 */
function runPrimary(count, args) {
  const everyoneFollows = process.env.TLE_ROLE === 'follow';
  const slots = new Map(); // worker id -> slot
  /** @type {number[][]} */
  const crashes = Array.from({ length: count }, () => []);
  let stopping = false;
  let stopCode = 0;

  // The API's rate limit for the whole service: the buckets live here, the workers ask (./rate-limit.mjs).
  const rate = parseRateLimit(process.env.API_RATE_LIMIT);
  if (rate.perSecond > 0) {
    const limiter = createRateLimiter({ perSecond: rate.perSecond });
    cluster.on('message', (worker, message) => {
      const reply = answerLimitMessage(limiter, message);
      if (reply && worker.isConnected()) worker.send(reply);
    });
  }

  /** @param {number} slot */
  const fork = (slot) => {
    const role = everyoneFollows || slot > 0 ? 'follow' : 'fetch';
    const worker = cluster.fork({
      TLE_ROLE: role,
      ORBIT_WATCH_WORKER_SLOT: String(slot),
      ORBIT_WATCH_SHARED_RATE_LIMIT: '1',
    });
    slots.set(worker.id, slot);
  };

  cluster.on('exit', (worker, code, signal) => {
    const slot = slots.get(worker.id);
    slots.delete(worker.id);
    if (stopping || slot === undefined) {
      if (stopping && slots.size === 0) process.exit(stopCode);
      return;
    }
    const now = Date.now();
    const recent = (crashes[slot] ?? []).filter((t) => now - t < CRASH_WINDOW_MS);
    recent.push(now);
    crashes[slot] = recent;
    console.error(`${LOG} worker ${slot} (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`})`);
    if (recent.length >= MAX_CRASHES_IN_WINDOW) {
      console.error(`${LOG} worker ${slot} exited ${recent.length} times within ${CRASH_WINDOW_MS / 1000} s; stopping`);
      stop(1);
      return;
    }
    setTimeout(() => {
      if (!stopping) fork(slot);
    }, RESTART_DELAY_MS);
  });

  /** @param {number} exitCode */
  function stop(exitCode) {
    if (stopping) return;
    stopping = true;
    stopCode = exitCode;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(exitCode);
    }, STOP_GRACE_MS).unref();
    if (slots.size === 0) process.exit(exitCode);
  }

  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  console.log(
    `${LOG} ${count} workers (${args.join(' ')}); worker 0 ${everyoneFollows ? 'follows' : 'fetches'} the TLE`,
  );
  for (let slot = 0; slot < count; slot += 1) fork(slot);
}

const args = process.argv.slice(2);
if (cluster.isPrimary) {
  try {
    parseServerArgs(args, process.env); // a wrong option stops here, not as a crash loop of every worker
  } catch (error) {
    console.error(`${LOG} ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const count = workerCount(process.env.WEB_CONCURRENCY);
  if (count === 1) await runNextServer(args);
  else runPrimary(count, args);
} else {
  await runNextServer(args);
}
