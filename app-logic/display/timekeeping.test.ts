import { describe, expect, it } from 'vitest';
import { buildIdFromVersionBody, shouldReloadForBuild } from './build-change';
import { TLE_RETRY_MAX_MS, tleRetryDelayMs } from '../../lib/tle/retry';
import { INITIAL_CONNECTION, connectionAfter } from './connection';
import { canonicalTimeZone, nextWallClockMs, parseClockTime, zoneOffsetMs } from './zoned-time';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('clock times and zones', () => {
  it('parses 24-hour times only', () => {
    expect(parseClockTime('03:30')).toEqual({ hour: 3, minute: 30 });
    expect(parseClockTime('3:05')).toEqual({ hour: 3, minute: 5 });
    expect(parseClockTime('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '12:60', '3:5', '0330', '3.30', '-1:00', 'noon', ''])
      expect(parseClockTime(bad), bad).toBeNull();
  });

  it('knows IANA zones and their canonical spelling', () => {
    expect(canonicalTimeZone('Europe/London')).toBe('Europe/London');
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Atlantis')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('zone offsets follow daylight saving time (published rules)', () => {
    expect(zoneOffsetMs(at('2026-07-01T12:00:00Z'), 'Europe/London')).toBe(HOUR);
    expect(zoneOffsetMs(at('2026-12-01T12:00:00Z'), 'Europe/London')).toBe(0);
    expect(zoneOffsetMs(at('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(zoneOffsetMs(at('2026-12-01T12:00:00Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(at('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
    expect(zoneOffsetMs(at('2026-07-01T12:00:00Z'), 'Australia/Sydney')).toBe(10 * HOUR);
    // London's clocks go back at 01:00 UTC on the last Sunday of October.
    expect(zoneOffsetMs(at('2026-10-25T00:59:59Z'), 'Europe/London')).toBe(HOUR);
    expect(zoneOffsetMs(at('2026-10-25T01:00:00Z'), 'Europe/London')).toBe(0);
  });
});

describe('the daily reload time', () => {
  const reload = { hour: 3, minute: 30 };

  it('is the next 03:30 on the wall clock, today or tomorrow', () => {
    expect(nextWallClockMs(at('2026-07-01T00:00:00Z'), reload, 'Europe/London')).toBe(at('2026-07-01T02:30:00Z'));
    expect(nextWallClockMs(at('2026-07-01T02:30:00Z'), reload, 'Europe/London')).toBe(at('2026-07-02T02:30:00Z'));
    expect(nextWallClockMs(at('2026-07-01T12:00:00Z'), reload, 'UTC')).toBe(at('2026-07-02T03:30:00Z'));
  });

  it('crosses midnight and the year end', () => {
    expect(nextWallClockMs(at('2026-12-31T23:59:59Z'), { hour: 0, minute: 0 }, 'UTC')).toBe(at('2027-01-01T00:00:00Z'));
    expect(nextWallClockMs(at('2026-12-31T12:00:00Z'), { hour: 0, minute: 15 }, 'Pacific/Auckland')).toBe(
      at('2026-12-31T11:15:00Z') + 86_400_000,
    );
  });

  it('stays at 03:30 local across both DST changes', () => {
    // Spring forward in London (29 March 2026): 03:30 BST is 02:30 UTC.
    expect(nextWallClockMs(at('2026-03-28T12:00:00Z'), reload, 'Europe/London')).toBe(at('2026-03-29T02:30:00Z'));
    // Fall back (25 October 2026): 03:30 GMT is 03:30 UTC, though the day before it was 02:30 UTC.
    expect(nextWallClockMs(at('2026-10-24T12:00:00Z'), reload, 'Europe/London')).toBe(at('2026-10-25T03:30:00Z'));
    // New York, 8 March 2026 and 1 November 2026.
    expect(nextWallClockMs(at('2026-03-07T12:00:00Z'), reload, 'America/New_York')).toBe(at('2026-03-08T07:30:00Z'));
    expect(nextWallClockMs(at('2026-10-31T12:00:00Z'), reload, 'America/New_York')).toBe(at('2026-11-01T08:30:00Z'));
  });

  it('a time inside the spring-forward gap still comes once that day, within the hour', () => {
    // 01:30 does not exist in London on 29 March 2026 (01:00 GMT -> 02:00 BST).
    const got = nextWallClockMs(at('2026-03-28T12:00:00Z'), { hour: 1, minute: 30 }, 'Europe/London');
    expect(got).toBeGreaterThanOrEqual(at('2026-03-29T00:30:00Z'));
    expect(got).toBeLessThanOrEqual(at('2026-03-29T01:30:00Z'));
    // The doubled hour in October: once, not twice.
    const fold = nextWallClockMs(at('2026-10-24T12:00:00Z'), { hour: 1, minute: 30 }, 'Europe/London');
    expect([at('2026-10-25T00:30:00Z'), at('2026-10-25T01:30:00Z')]).toContain(fold);
    expect(nextWallClockMs(fold, { hour: 1, minute: 30 }, 'Europe/London')).toBe(at('2026-10-26T01:30:00Z'));
  });
});

describe('connection state', () => {
  it('offline since the first failure, back online at the first success', () => {
    const t0 = at('2026-10-10T18:00:00Z');
    let s = connectionAfter(INITIAL_CONNECTION, { ok: true, atMs: t0 });
    expect(s).toEqual({ offlineSinceMs: null, lastSuccessMs: t0 });
    s = connectionAfter(s, { ok: false, atMs: t0 + 60_000 });
    expect(s.offlineSinceMs).toBe(t0 + 60_000);
    const again = connectionAfter(s, { ok: false, atMs: t0 + 120_000 });
    expect(again).toBe(s); // same object: no re-render per failed retry
    s = connectionAfter(again, { ok: true, atMs: t0 + 3 * HOUR });
    expect(s).toEqual({ offlineSinceMs: null, lastSuccessMs: t0 + 3 * HOUR });
  });

  it('retries a failed TLE refresh within five minutes, however long it has failed', () => {
    expect(tleRetryDelayMs(1)).toBe(30_000);
    expect(tleRetryDelayMs(2)).toBe(60_000);
    expect(tleRetryDelayMs(3)).toBe(120_000);
    const delays = Array.from({ length: 200 }, (_, i) => tleRetryDelayMs(i + 1));
    expect(Math.max(...delays)).toBe(TLE_RETRY_MAX_MS);
    expect(delays.every((d, i) => i === 0 || d >= (delays[i - 1] ?? 0))).toBe(true);
    expect(tleRetryDelayMs(0)).toBe(30_000);
  });
});

describe('reload on a new build', () => {
  it('reloads when the server runs another build, once per build', () => {
    expect(shouldReloadForBuild({ pageBuildId: 'a', serverBuildId: 'b', reloadedFor: null })).toBe(true);
    expect(shouldReloadForBuild({ pageBuildId: 'a', serverBuildId: 'b', reloadedFor: 'b' })).toBe(false);
    expect(shouldReloadForBuild({ pageBuildId: 'a', serverBuildId: 'c', reloadedFor: 'b' })).toBe(true);
  });

  it('stays on the same build, or when the server could not say', () => {
    expect(shouldReloadForBuild({ pageBuildId: 'a', serverBuildId: 'a', reloadedFor: null })).toBe(false);
    expect(shouldReloadForBuild({ pageBuildId: 'a', serverBuildId: null, reloadedFor: null })).toBe(false);
    expect(shouldReloadForBuild({ pageBuildId: 'a', serverBuildId: '', reloadedFor: null })).toBe(false);
    expect(shouldReloadForBuild({ pageBuildId: '', serverBuildId: 'b', reloadedFor: null })).toBe(false);
  });

  it('reads the build id only from a well-formed /api/version body', () => {
    expect(buildIdFromVersionBody({ buildId: 'x1', version: '0.1.0' })).toBe('x1');
    for (const bad of [null, 'x1', 42, {}, { buildId: 7 }, { buildId: '' }, { buildId: 'x'.repeat(201) }]) {
      expect(buildIdFromVersionBody(bad)).toBeNull();
    }
  });
});
