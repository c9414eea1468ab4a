// @ts-check
/**
 * Fair use of the API: a token bucket per client address. Each address gets API_RATE_LIMIT requests per second
 * on average, with bursts of five times that (a page that loads and asks a few things at once is not refused).
 * The buckets live in the worker process: with WEB_CONCURRENCY workers, a client whose connections the kernel
 * spreads over several workers may get up to that many times the rate (one keep-alive connection stays on one).
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
  return { perSecond: DEFAULT_RATE_LIMIT, problem: `API_RATE_LIMIT="${raw}" is not a number of requests per second (0 to 100000, 0 = off); using ${DEFAULT_RATE_LIMIT}` };
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
  return { hops: 0, problem: `TRUST_PROXY="${raw}" is not true, false or a number of proxies 1-10; X-Forwarded-For is not trusted` };
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
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
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
  const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
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
