import { describe, expect, it } from 'vitest';
import { parseTleLines } from '../../lib/tle';
import { buildHealthReport, type HealthInput } from './health-report';
import { buildTleReport, liveSourceStatus, type LiveSourceInput } from './tle-report';

const TLE = parseTleLines(
  '1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998',
  '2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526',
  'ISS (ZARYA)',
);
const EPOCH_MS = Date.parse('2026-10-09T19:42:49.139Z');
const DAY = 86_400_000;

describe('buildTleReport', () => {
  it('gives the lines verbatim, the epoch and the age', () => {
    const live = { state: 'live', since: '2026-10-09T20:42:49.139Z' } as const;
    const r = buildTleReport(
      { tle: TLE, source: 'live', fetchedAtMs: EPOCH_MS + 3_600_000 },
      EPOCH_MS + 1.5 * DAY,
      live,
    );
    expect(r).toEqual({
      name: 'ISS (ZARYA)',
      noradId: 25544,
      line1: TLE.line1,
      line2: TLE.line2,
      epoch: '2026-10-09T19:42:49.139Z',
      ageDays: 1.5,
      source: 'live',
      fetchedAt: '2026-10-09T20:42:49.139Z',
      liveSource: live,
    });
    expect(
      buildTleReport({ tle: TLE, source: 'embedded', fetchedAtMs: null }, EPOCH_MS, { state: 'off', since: null })
        .fetchedAt,
    ).toBeNull();
  });
});

describe('liveSourceStatus', () => {
  const base: LiveSourceInput = {
    kind: 'http',
    lastResult: null,
    lastAttemptAtMs: null,
    consecutiveFailures: 0,
    failingSinceMs: null,
  };

  it("is off without a live source, by the operator's choice", () => {
    expect(liveSourceStatus({ ...base, kind: 'none' })).toEqual({ state: 'off', since: null });
    expect(liveSourceStatus({ ...base, kind: 'file', consecutiveFailures: 3 })).toEqual({ state: 'off', since: null });
  });

  it('is waiting before the first answer, live after a success', () => {
    expect(liveSourceStatus(base)).toEqual({ state: 'waiting', since: null });
    expect(liveSourceStatus({ ...base, lastResult: 'unchanged', lastAttemptAtMs: EPOCH_MS })).toEqual({
      state: 'live',
      since: '2026-10-09T19:42:49.139Z',
    });
  });

  it('is unreachable since the first failure of the run, not the latest', () => {
    const failing = {
      ...base,
      lastResult: 'network-error',
      lastAttemptAtMs: EPOCH_MS + DAY,
      consecutiveFailures: 4,
      failingSinceMs: EPOCH_MS,
    };
    expect(liveSourceStatus(failing)).toEqual({ state: 'unreachable', since: '2026-10-09T19:42:49.139Z' });
  });
});

describe('buildHealthReport', () => {
  const healthy: HealthInput = {
    tle: { tle: TLE, source: 'live', fetchedAtMs: EPOCH_MS },
    upstream: {
      configured: true,
      kind: 'http',
      role: 'fetch',
      lastAttemptAtMs: EPOCH_MS,
      lastResult: 'ok',
      lastError: null,
      lastErrorAtMs: null,
      nextAllowedAtMs: EPOCH_MS + 7_200_000,
      consecutiveFailures: 0,
      failingSinceMs: null,
      location: 'https://celestrak.org/NORAD/elements/gp.php?CATNR=25544&FORMAT=TLE',
    },
    persistence: { dataDir: '/data', lastWriteAtMs: EPOCH_MS, lastError: null },
    configProblems: [],
  };

  it('is ok with a fresh TLE and no failures', () => {
    const r = buildHealthReport(healthy, '1.2.3', EPOCH_MS + DAY);
    expect(r.status).toBe('ok');
    expect(r.reasons).toEqual([]);
    expect(r.version).toBe('1.2.3');
    expect(r.tle).toEqual({
      noradId: 25544,
      source: 'live',
      epoch: '2026-10-09T19:42:49.139Z',
      ageDays: 1,
      fetchedAt: '2026-10-09T19:42:49.139Z',
    });
    expect(r.upstream.nextAllowedAt).toBe('2026-10-09T21:42:49.139Z');
    expect(r.upstream.role).toBe('fetch');
    expect(r.persistence).toEqual({ dataDir: '/data', lastWriteAt: '2026-10-09T19:42:49.139Z', lastError: null });
  });

  it.each([
    ['a stale TLE', { ...healthy }, 20 * DAY, /20\.0 days old/],
    [
      'an unreachable live source',
      {
        ...healthy,
        upstream: { ...healthy.upstream, consecutiveFailures: 2, lastError: 'HTTP 503', failingSinceMs: EPOCH_MS },
      },
      DAY,
      /live source \(https:\/\/celestrak\.org.*\) cannot be reached since 2026-10-09T19:42:49\.139Z: 2 failed attempt\(s\), the last: HTTP 503/,
    ],
    [
      'a failing file source',
      {
        ...healthy,
        upstream: { ...healthy.upstream, kind: 'file', consecutiveFailures: 2, lastError: 'cannot read /x' },
      },
      DAY,
      /failed 2 time.*cannot read/,
    ],
    [
      'a persistence error',
      { ...healthy, persistence: { ...healthy.persistence, lastError: 'cannot write /data/x: EACCES' } },
      DAY,
      /EACCES/,
    ],
    [
      'a config problem',
      {
        ...healthy,
        configProblems: [
          { variable: 'TLE_NORAD_ID', value: 'x', message: 'is not a whole number', accepted: '1-339999' },
        ],
      },
      DAY,
      /TLE_NORAD_ID/,
    ],
  ])('is degraded with %s and says why', (_name, input, ageMs, reason) => {
    const r = buildHealthReport(input as HealthInput, '1.0.0', EPOCH_MS + (ageMs as number));
    expect(r.status).toBe('degraded');
    expect(r.reasons.join('\n')).toMatch(reason as RegExp);
  });
});
