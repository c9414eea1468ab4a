// @ts-check
/**
 * One production server process: Next's request handler (the documented custom-server API) behind an HTTP server
 * that answers the build's static files from compressed copies in memory (static-assets.mjs says why), and has
 * pages load their scripts after their first paint (paint-first.mjs).
 *
 * Options, as `next start` takes them: -p/--port (default $PORT, then 3000), -H/--hostname (default: every
 * interface), --keepAliveTimeout <ms>. The build folder is NEXT_DIST_DIR or .next, as in next.config.ts.
 */
import http from 'node:http';
import path from 'node:path';
import { errorAnswer, isApiPath, malformedPathAnswer, methodAnswer, pathOf, sendAnswer } from './request-guard.mjs';
import {
  clientKey,
  createRateLimiter,
  createSharedLimiterClient,
  parseRateLimit,
  parseTrustProxy,
} from './rate-limit.mjs';
import { fillHeld, answerFromHeld } from './static-assets.mjs';
import { paintFirst } from './paint-first.mjs';

const LOG = '[server]';
const CLOSE_GRACE_MS = 5000;

/**
 * @param {string[]} args
 * @param {Record<string, string | undefined>} env
 * @returns {{ port: number, hostname: string | undefined, keepAliveTimeoutMs: number | undefined }}
 */
export function parseServerArgs(args, env) {
  /** @type {Record<string, string>} */
  const given = {};
  const names = new Map([
    ['-p', 'port'],
    ['--port', 'port'],
    ['-H', 'hostname'],
    ['--hostname', 'hostname'],
    ['--keepAliveTimeout', 'keepAliveTimeout'],
  ]);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const name = names.get(flag);
    if (name === undefined)
      throw new Error(`unknown option "${arg}" (known: -p/--port, -H/--hostname, --keepAliveTimeout)`);
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new Error(`${flag} needs a value`);
    given[name] = value;
  }
  const port = Number(given.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port "${given.port ?? env.PORT}" is not a port number`);
  let keepAliveTimeoutMs;
  if (given.keepAliveTimeout !== undefined) {
    keepAliveTimeoutMs = Number(given.keepAliveTimeout);
    if (!Number.isInteger(keepAliveTimeoutMs) || keepAliveTimeoutMs < 0)
      throw new Error(`--keepAliveTimeout "${given.keepAliveTimeout}" is not a number of milliseconds`);
  }
  return { port, hostname: given.hostname, keepAliveTimeoutMs };
}

/** Where this process can reach its own listening socket. */
function loopbackOf(/** @type {import('node:net').AddressInfo} */ address) {
  if (address.address === '::' || address.address === '') return { host: '::1', port: address.port };
  if (address.address === '0.0.0.0') return { host: '127.0.0.1', port: address.port };
  return { host: address.address, port: address.port };
}

/** @param {string[]} args */
export async function runNextServer(args) {
  let options;
  try {
    options = parseServerArgs(args, process.env);
  } catch (error) {
    console.error(`${LOG} ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  // As `next start` does; must be set before Next loads.
  if (process.env.NODE_ENV === undefined) Object.assign(process.env, { NODE_ENV: 'production' });
  const { default: next } = await import('next');
  const dir = process.cwd();
  const app = next({ dev: false, dir, hostname: options.hostname ?? 'localhost', port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  /** @type {Map<string, import('./static-assets.mjs').HeldFile>} */
  const held = new Map();
  const rate = parseRateLimit(process.env.API_RATE_LIMIT);
  const trust = parseTrustProxy(process.env.TRUST_PROXY);
  for (const problem of [rate.problem, trust.problem]) if (problem) console.warn(`${LOG} ${problem}`);
  // Under the launcher's cluster the primary holds the buckets (one limit for the whole service); alone, this process.
  const shared = process.env.ORBIT_WATCH_SHARED_RATE_LIMIT === '1' && typeof process.send === 'function';
  const limiter =
    rate.perSecond <= 0
      ? null
      : shared
        ? createSharedLimiterClient(
            (message) => process.send?.(message),
            (listener) => process.on('message', listener),
          )
        : createRateLimiter({ perSecond: rate.perSecond });
  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  const toNext = (req, res) => {
    if (answerFromHeld(held, req, res)) return;
    paintFirst(req, res);
    handle(req, res).catch((error) => {
      console.error(`${LOG} failed to handle ${req.url}`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const pathname = pathOf(req.url);
    const refused = methodAnswer(method, pathname) ?? malformedPathAnswer(pathname);
    if (refused) return sendAnswer(res, refused, method === 'HEAD');
    if (!limiter || !isApiPath(pathname)) return toNext(req, res);
    Promise.resolve(limiter.take(clientKey(req, trust.hops)))
      .then((taken) => {
        if (taken.ok) return toNext(req, res);
        const answer = errorAnswer(
          pathname,
          429,
          `too many requests: at most ${rate.perSecond} per second; retry after ${taken.retryAfterSec} s`,
          [['retry-after', String(taken.retryAfterSec)]],
        );
        sendAnswer(res, answer, method === 'HEAD');
      })
      .catch((error) => {
        console.error(`${LOG} failed to handle ${req.url}`, error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  });
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
  server.on('error', (error) => {
    console.error(`${LOG} could not start:`, error);
    process.exit(1);
  });
  await new Promise((resolve) => server.listen(options.port, options.hostname, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`${LOG} ready on http://${options.hostname ?? 'localhost'}:${address.port} (pid ${process.pid})`);

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), CLOSE_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  const distDir = path.resolve(dir, process.env.NEXT_DIST_DIR ?? '.next');
  fillHeld({ origin: loopbackOf(address), distDir, publicDir: path.join(dir, 'public'), held }).then(
    ({ files, bytes, skipped }) =>
      console.log(
        `${LOG} ${files} static files held compressed (${(bytes / 1024).toFixed(0)} KiB)${skipped ? `, ${skipped} left to Next` : ''}`,
      ),
    (error) => console.warn(`${LOG} static files are served by Next (compressed per request):`, error),
  );
}
