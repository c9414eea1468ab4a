// @ts-check
/**
 * Fair use of the API: a token bucket per client address. Each address gets API_RATE_LIMIT requests per second
 * on average, with bursts of five times that (a page that loads and asks a few things at once is not refused).
 * Under the launcher's cluster the buckets live in the primary process and every worker asks it (one IPC message
 * per API request: createSharedLimiterClient below), so the limit holds for the whole service whichever worker
 * the kernel hands a connection to; a single process keeps them itself.
 *
 * The client address is the socket's, unless TRUST_PROXY says how many proxies stand in front: then it is the
 * X-Forwarded-For entry that the outermost trusted proxy appended (counted from the right; entries to its left
 * were written by the client and prove nothing). IPv6 clients are counted per /64, which one host can fill.
 */
import net from 'node:net';

export const DEFAULT_RATE_LIMIT = 10;
export const BURST_FACTOR = 5;
const MAX_BUCKETS = 50_000;

/**
 * @param {string | undefined} raw API_RATE_LIMIT
 * @returns {{ perSecond: number, problem: string | null }} 0 = off
 */
export function parseRateLimit(raw) {
  if (raw === undefined || raw.trim() === '') return { perSecond: DEFAULT_RATE_LIMIT, problem: null };
  const n = Number(raw.trim());
  if (/^\d+(\.\d+)?$/.test(raw.trim()) && Number.isFinite(n) && n <= 100_000) return { perSecond: n, problem: null };
  return {
    perSecond: DEFAULT_RATE_LIMIT,
    problem: `API_RATE_LIMIT="${raw}" is not a number of requests per second (0 to 100000, 0 = off); using ${DEFAULT_RATE_LIMIT}`,
  };
}

/**
 * @param {string | undefined} raw TRUST_PROXY: unset/false/0 (no proxy), true (one), or a number of proxies 1-10
 * @returns {{ hops: number, problem: string | null }}
 */
export function parseTrustProxy(raw) {
  const s = (raw ?? '').trim().toLowerCase();
  if (s === '' || s === 'false' || s === '0') return { hops: 0, problem: null };
  if (s === 'true') return { hops: 1, problem: null };
  if (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 10) return { hops: Number(s), problem: null };
  return {
    hops: 0,
    problem: `TRUST_PROXY="${raw}" is not true, false or a number of proxies 1-10; X-Forwarded-For is not trusted`,
  };
}

/** One address as a bucket key: IPv4-mapped IPv6 as IPv4, IPv6 by its /64. */
export function addressKey(/** @type {string} */ address) {
  const a = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped?.[1]) return mapped[1];
  if (net.isIPv4(a)) return a;
  if (!net.isIPv6(a)) return null;
  // Expand "::" so the first four groups are the /64.
  const [head = '', tail = ''] = a.toLowerCase().split('::');
  const h = head === '' ? [] : head.split(':');
  const t = a.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = a.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The key of the client a request comes from.
 * @param {{ socket: { remoteAddress?: string }, headers: Record<string, string | string[] | undefined> }} req
 * @param {number} hops trusted proxies in front (0: the socket's address)
 */
export function clientKey(req, hops) {
  const socket = addressKey(req.socket.remoteAddress ?? '') ?? 'unknown';
  if (hops === 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) return socket;
  const entry = list[Math.max(0, list.length - hops)] ?? '';
  return addressKey(entry) ?? socket;
}

/**
 * @param {{ perSecond: number, burst?: number, nowMs?: () => number }} options
 */
export function createRateLimiter({ perSecond, burst = perSecond * BURST_FACTOR, nowMs = () => performance.now() }) {
  /** @type {Map<string, { tokens: number, atMs: number }>} */
  const buckets = new Map();

  /** Buckets refilled to the brim are the same as none: drop them when the map grows. */
  function sweep(/** @type {number} */ now) {
    for (const [key, b] of buckets) if (b.tokens + ((now - b.atMs) / 1000) * perSecond >= burst) buckets.delete(key);
  }

  return {
    /**
     * Takes one token for `key`.
     * @returns {{ ok: true } | { ok: false, retryAfterSec: number }}
     */
    take(/** @type {string} */ key) {
      const now = nowMs();
      const b = buckets.get(key);
      const tokens = b ? Math.min(burst, b.tokens + ((now - b.atMs) / 1000) * perSecond) : burst;
      if (tokens >= 1) {
        if (!b && buckets.size >= MAX_BUCKETS) sweep(now);
        buckets.set(key, { tokens: tokens - 1, atMs: now });
        return { ok: true };
      }
      buckets.set(key, { tokens, atMs: now });
      return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
    },
    get size() {
      return buckets.size;
    },
  };
}

/**
 * One set of buckets for the whole cluster: the primary process (server/http/start.mjs) holds the limiter and each
 * worker asks it, one message per API request, so a client gets API_RATE_LIMIT whichever worker the kernel hands
 * its connections to. A worker that hears nothing back within `timeoutMs` (the primary busy or gone) lets the
 * request through rather than stall it.
 * @param {(message: { type: 'rate-limit', id: number, key: string }) => void} send
 * @param {(listener: (message: unknown) => void) => void} onMessage
 * @param {number} [timeoutMs]
 */
export function createSharedLimiterClient(send, onMessage, timeoutMs = 250) {
  let nextId = 0;
  /** @type {Map<number, { resolve: (r: { ok: true } | { ok: false, retryAfterSec: number }) => void, timer: NodeJS.Timeout }>} */
  const pending = new Map();
  onMessage((message) => {
    const m = /** @type {{ type?: unknown, id?: unknown, ok?: unknown, retryAfterSec?: unknown }} */ (message);
    if (m?.type !== 'rate-limit' || typeof m.id !== 'number') return;
    const waiting = pending.get(m.id);
    if (!waiting) return;
    pending.delete(m.id);
    clearTimeout(waiting.timer);
    waiting.resolve(m.ok === false ? { ok: false, retryAfterSec: Number(m.retryAfterSec) || 1 } : { ok: true });
  });
  return {
    /** @returns {Promise<{ ok: true } | { ok: false, retryAfterSec: number }>} */
    take(/** @type {string} */ key) {
      return new Promise((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: true });
        }, timeoutMs);
        pending.set(id, { resolve, timer });
        send({ type: 'rate-limit', id, key });
      });
    },
  };
}

/**
 * The primary's side: answers a worker's `rate-limit` message from the one limiter.
 * @param {ReturnType<typeof createRateLimiter>} limiter
 * @param {unknown} message
 * @returns {{ type: 'rate-limit', id: number, ok: boolean, retryAfterSec?: number } | null} the reply, or null for other messages
 */
export function answerLimitMessage(limiter, message) {
  const m = /** @type {{ type?: unknown, id?: unknown, key?: unknown }} */ (message);
  if (m?.type !== 'rate-limit' || typeof m.id !== 'number' || typeof m.key !== 'string') return null;
  const taken = limiter.take(m.key);
  return taken.ok
    ? { type: 'rate-limit', id: m.id, ok: true }
    : { type: 'rate-limit', id: m.id, ok: false, retryAfterSec: taken.retryAfterSec };
}
