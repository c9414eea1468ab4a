import { describe, expect, it } from 'vitest';
import {
  PAGES_CACHE_PREFIX,
  cachedCopyAt,
  isPageNavigation,
  isTleRequest,
  markTleCopy,
  pagesCacheName,
  stalePagesCaches,
} from './service-worker-policy';

const origin = 'http://screen.local:3000';
const u = (path: string) => new URL(path, origin);

describe('what the service worker answers', () => {
  it('keeps only the plain /api/tle of its own origin, never the other API answers', () => {
    expect(isTleRequest(u('/api/tle'), origin)).toBe(true);
    for (const path of [
      '/api/position',
      '/api/version',
      '/api/health',
      '/api/passes?lat=1&lon=2',
      '/api/tle?x=1',
      '/api/tle/',
    ]) {
      expect(isTleRequest(u(path), origin), path).toBe(false);
    }
    expect(isTleRequest(new URL('http://elsewhere.example/api/tle'), origin)).toBe(false);
  });

  it('takes page navigations of its own origin, not API addresses, other methods or fetches', () => {
    expect(isPageNavigation('navigate', 'GET', u('/display?lat=1&lon=2'), origin)).toBe(true);
    expect(isPageNavigation('navigate', 'GET', u('/'), origin)).toBe(true);
    expect(isPageNavigation('navigate', 'GET', u('/api/tle'), origin)).toBe(false);
    expect(isPageNavigation('navigate', 'POST', u('/'), origin)).toBe(false);
    expect(isPageNavigation('cors', 'GET', u('/passes?_rsc=abc'), origin)).toBe(false);
    expect(isPageNavigation('navigate', 'GET', new URL('http://elsewhere.example/'), origin)).toBe(false);
  });
});

describe('document caches per build', () => {
  it("deletes every other build's documents and nothing else", () => {
    const names = [
      pagesCacheName('aaaa'),
      pagesCacheName('bbbb'),
      'orbit-watch-tle',
      'serwist-precache-v2-http://screen.local:3000/',
    ];
    expect(stalePagesCaches(names, 'bbbb')).toEqual([`${PAGES_CACHE_PREFIX}aaaa`]);
    expect(stalePagesCaches(names, 'cccc')).toEqual([`${PAGES_CACHE_PREFIX}aaaa`, `${PAGES_CACHE_PREFIX}bbbb`]);
  });
});

describe('the stored copy of the elements', () => {
  const answer = { name: 'ISS (ZARYA)', noradId: 25544, line1: '1 25544U', line2: '2 25544', source: 'live' };

  it("is the server's answer plus when it was stored, which the page reads back", () => {
    const stored = markTleCopy(answer, '2026-12-06T07:00:00.000Z');
    expect(stored).toEqual({ ...answer, cachedCopyAt: '2026-12-06T07:00:00.000Z' });
    expect(cachedCopyAt(JSON.parse(JSON.stringify(stored)))).toBe('2026-12-06T07:00:00.000Z');
  });

  it('is never confused with an answer from the server', () => {
    expect(cachedCopyAt(answer)).toBeNull();
    expect(cachedCopyAt(null)).toBeNull();
    expect(cachedCopyAt({ cachedCopyAt: 5 })).toBeNull();
  });

  it('is not stored when the answer is not an object', () => {
    expect(markTleCopy(null, 'x')).toBeNull();
    expect(markTleCopy([answer], 'x')).toBeNull();
    expect(markTleCopy('text', 'x')).toBeNull();
  });
});
