import { describe, expect, it } from 'vitest';
import {
  addressKey,
  answerLimitMessage,
  clientKey,
  createRateLimiter,
  createSharedLimiterClient,
  parseRateLimit,
  parseTrustProxy,
} from './rate-limit.mjs';

describe('token bucket', () => {
  it('allows a burst of five times the rate, then one request per 1/rate seconds, with the wait to announce', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 10, nowMs: () => now });
    const burst = Array.from({ length: 60 }, () => limiter.take('a').ok);
    expect(burst.filter(Boolean)).toHaveLength(50);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSec: 1 });
    now += 100; // one token back
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    now += 1000; // ten back
    expect(Array.from({ length: 12 }, () => limiter.take('a').ok).filter(Boolean)).toHaveLength(10);
    // Another client has its own bucket.
    expect(limiter.take('b').ok).toBe(true);
  });

  it('never lets the long-run rate exceed the limit (one simulated minute at 100 requests per second)', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 10, nowMs: () => now });
    let allowed = 0;
    for (let i = 0; i < 6000; i += 1) {
      now = i * 10;
      if (limiter.take('x').ok) allowed += 1;
    }
    // 50 of burst plus 10 per second for 60 s, give or take one.
    expect(allowed).toBeGreaterThanOrEqual(649);
    expect(allowed).toBeLessThanOrEqual(651);
  });

  it('says how long to wait at a slow rate', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 0.2, nowMs: () => now });
    for (let i = 0; i < 1; i += 1) limiter.take('a');
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSec: 5 });
    now = 5000;
    expect(limiter.take('a').ok).toBe(true);
  });
});

describe('configuration', () => {
  it('API_RATE_LIMIT: default 10, 0 turns it off, nonsense falls back with a message', () => {
    expect(parseRateLimit(undefined)).toEqual({ perSecond: 10, problem: null });
    expect(parseRateLimit('')).toEqual({ perSecond: 10, problem: null });
    expect(parseRateLimit('0')).toEqual({ perSecond: 0, problem: null });
    expect(parseRateLimit('2.5')).toEqual({ perSecond: 2.5, problem: null });
    for (const bad of ['-1', 'ten', '1e9', 'Infinity'])
      expect(parseRateLimit(bad)).toMatchObject({ perSecond: 10, problem: expect.stringContaining('API_RATE_LIMIT') });
  });

  it('TRUST_PROXY: off by default, true = one proxy, or a number of proxies', () => {
    expect(parseTrustProxy(undefined).hops).toBe(0);
    expect(parseTrustProxy('false').hops).toBe(0);
    expect(parseTrustProxy('true').hops).toBe(1);
    expect(parseTrustProxy('2').hops).toBe(2);
    expect(parseTrustProxy('yes please')).toMatchObject({ hops: 0, problem: expect.stringContaining('TRUST_PROXY') });
  });
});

describe('the client address', () => {
  const req = (remoteAddress: string, xff?: string | string[]) => ({
    socket: { remoteAddress },
    headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
  });

  it('is the socket address without TRUST_PROXY, whatever X-Forwarded-For says', () => {
    expect(clientKey(req('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7');
    expect(clientKey(req('::ffff:203.0.113.7'), 0)).toBe('203.0.113.7');
  });

  it('behind one trusted proxy, is the entry that proxy appended (the rightmost), not what the client wrote', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4" to spoof; the proxy appended the real address.
    expect(clientKey(req('10.0.0.2', '1.2.3.4, 198.51.100.9'), 1)).toBe('198.51.100.9');
    expect(clientKey(req('10.0.0.2', '198.51.100.9'), 1)).toBe('198.51.100.9');
    // Two header lines, as some proxies send them.
    expect(clientKey(req('10.0.0.2', ['1.2.3.4', '198.51.100.9']), 1)).toBe('198.51.100.9');
  });

  it('behind two, the second from the right; without the header or with garbage, the socket', () => {
    expect(clientKey(req('10.0.0.2', '1.2.3.4, 198.51.100.9, 10.0.0.1'), 2)).toBe('198.51.100.9');
    expect(clientKey(req('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientKey(req('10.0.0.2', 'not-an-address'), 1)).toBe('10.0.0.2');
  });

  it('counts IPv6 per /64', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb::2')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('[2001:db8:1:3::1]')).toBe('2001:db8:1:3::/64');
    expect(addressKey('nonsense')).toBeNull();
  });
});

describe('one set of buckets for the cluster', () => {
  /** A primary and N workers joined by in-memory channels, as node:cluster joins them by IPC. */
  function cluster(workers: number, perSecond: number, nowMs: () => number) {
    const limiter = createRateLimiter({ perSecond, nowMs });
    return Array.from({ length: workers }, () => {
      let deliver: (message: unknown) => void = () => undefined;
      return createSharedLimiterClient(
        (message) => queueMicrotask(() => deliver(answerLimitMessage(limiter, message))),
        (listener) => (deliver = listener),
      );
    });
  }

  it('gives a client the limit once, whichever worker its requests reach', async () => {
    const now = 0;
    const [a, b] = cluster(2, 10, () => now);
    let allowed = 0;
    for (let i = 0; i < 60; i += 1) if ((await (i % 2 ? a! : b!).take('198.51.100.1')).ok) allowed += 1;
    expect(allowed).toBe(50); // the burst, not twice the burst
    expect(await a!.take('198.51.100.1')).toEqual({ ok: false, retryAfterSec: 1 });
  });

  it('lets a request through when the primary does not answer in time', async () => {
    const client = createSharedLimiterClient(
      () => undefined,
      () => undefined,
      20,
    );
    expect(await client.take('x')).toEqual({ ok: true });
  });

  it('ignores messages that are not its own', () => {
    const limiter = createRateLimiter({ perSecond: 1 });
    expect(answerLimitMessage(limiter, { cmd: 'NODE_CLUSTER' })).toBeNull();
    expect(answerLimitMessage(limiter, { type: 'rate-limit', id: 'x', key: 'k' })).toBeNull();
    expect(answerLimitMessage(limiter, { type: 'rate-limit', id: 1, key: 'k' })).toEqual({
      type: 'rate-limit',
      id: 1,
      ok: true,
    });
  });
});
