import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../config';
import { persistedFileName } from './persistence';
import {
  BACKOFF_BASE_MS,
  createTleSource,
  FOLLOW_CHECK_INTERVAL_MS,
  type TleRecord,
  type TleSource,
  type TleSourceLog,
} from './source';
import { startFakeUpstream, type FakeUpstream, type UpstreamBehaviour } from '../../test-support/tle/fake-upstream';
import { fixtureTle, tleText } from '../../test-support/tle/tle-fixtures';

const HOUR = 3_600_000;
// The built-in TLE is swapped for an older real one so that the reference TLE counts as news.
const EMBEDDED = fixtureTle(25544, '26276.04');
const GOOD = fixtureTle(25544, '26282.82'); // the shared reference TLE
const OLDER = fixtureTle(25544, '26281.01'); // newer than EMBEDDED, older than GOOD
const TIANGONG = fixtureTle(48274, '26279.66');
const HUBBLE = fixtureTle(20580, '26280.56');
const START_MS = Date.parse('2026-10-10T00:00:00Z'); // 4 h after GOOD's epoch

function badChecksum(text: string): string {
  const lines = text.split('\n');
  const l1 = lines[1] ?? '';
  const last = Number(l1[68]);
  lines[1] = l1.slice(0, 68) + String((last + 1) % 10);
  return lines.join('\n');
}

interface Harness {
  upstream: FakeUpstream;
  dataDir: string;
  clock: { now: number };
  warns: string[];
  infos: string[];
  make(overrides?: Partial<ServerConfig>): TleSource;
}

let h: Harness;

beforeEach(async () => {
  const upstream = await startFakeUpstream({ kind: 'tle', body: tleText(GOOD) });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tle-source-'));
  const clock = { now: START_MS };
  const warns: string[] = [];
  const infos: string[] = [];
  const log: TleSourceLog = { warn: (m) => warns.push(m), info: (m) => infos.push(m) };
  h = {
    upstream,
    dataDir,
    clock,
    warns,
    infos,
    make: (overrides = {}) =>
      createTleSource(
        {
          tleSource: { kind: 'http', url: upstream.url },
          tleRole: 'fetch',
          dataDir,
          noradId: 25544,
          refreshHours: 2,
          fetchTimeoutMs: 400,
          tileUrl: null,
          tileAttribution: null,
          frameAncestors: [],
          ...overrides,
        },
        { nowMs: () => clock.now, log, embeddedTleText: tleText(EMBEDDED) },
      ),
  };
});

afterEach(async () => {
  await h.upstream.close();
  fs.rmSync(h.dataDir, { recursive: true, force: true });
});

/** Nobody waits for upstream: the first call starts the fetch and answers at once. What a caller gets after it. */
async function settled(source: TleSource): Promise<TleRecord> {
  await source.getTle();
  await source.idle();
  return source.getTle();
}

/** A source that already holds GOOD from a successful fetch, with the refresh interval just elapsed. */
async function holdingGoodThenDue(): Promise<TleSource> {
  const source = h.make();
  const first = await settled(source);
  expect(first.source).toBe('live');
  expect(first.tle.line1).toBe(GOOD.line1);
  expect(h.upstream.requests).toBe(1);
  h.clock.now += 2 * HOUR + 1000;
  return source;
}

const BAD_UPSTREAMS: Array<{ name: string; behaviour: UpstreamBehaviour; expected: RegExp }> = [
  { name: 'hangs past the timeout', behaviour: { kind: 'hang' }, expected: /no complete answer within 400 ms/ },
  {
    name: 'stops mid-body',
    behaviour: { kind: 'hang-mid-body', partial: 'ISS (ZARYA)\n1 25544U' },
    expected: /no complete answer/,
  },
  { name: 'answers 500', behaviour: { kind: 'status', status: 500 }, expected: /HTTP 500/ },
  { name: 'answers 403', behaviour: { kind: 'status', status: 403 }, expected: /HTTP 403/ },
  { name: 'answers 404', behaviour: { kind: 'status', status: 404 }, expected: /HTTP 404/ },
  { name: 'answers 429', behaviour: { kind: 'status', status: 429, retryAfter: '120' }, expected: /HTTP 429/ },
  { name: 'sends an HTML page with status 200', behaviour: { kind: 'html' }, expected: /HTML page/ },
  {
    name: 'sends plain-text "No GP data found"',
    behaviour: { kind: 'tle', body: 'No GP data found' },
    expected: /not a valid TLE/,
  },
  {
    name: 'sends a truncated TLE',
    behaviour: { kind: 'tle', body: tleText(GOOD).slice(0, 120) },
    expected: /not a valid TLE/,
  },
  { name: 'sends a bad checksum', behaviour: { kind: 'tle', body: badChecksum(tleText(GOOD)) }, expected: /checksum/ },
  {
    name: "sends Tiangong's TLE",
    behaviour: { kind: 'tle', body: tleText(TIANGONG) },
    expected: /satellite 48274, expected 25544/,
  },
  {
    name: "sends Hubble's TLE",
    behaviour: { kind: 'tle', body: tleText(HUBBLE) },
    expected: /satellite 20580, expected 25544/,
  },
  {
    name: 'sends two TLEs',
    behaviour: { kind: 'tle', body: tleText(GOOD) + tleText(OLDER) },
    expected: /exactly one TLE, found 2/,
  },
  {
    name: 'sends a TLE older than the held one',
    behaviour: { kind: 'tle', body: tleText(OLDER) },
    expected: /older than the one held/,
  },
];

describe('a misbehaving upstream never replaces the last good TLE', () => {
  it.each(BAD_UPSTREAMS)('upstream $name', async ({ behaviour, expected }) => {
    const source = await holdingGoodThenDue();
    h.upstream.behaviour = behaviour;
    const warnsBefore = h.warns.length;

    const during = await source.getTle(); // served at once from memory, refresh in the background
    expect(during.tle.line1).toBe(GOOD.line1);
    await source.idle();
    expect(h.upstream.requests).toBe(2);

    const after = await source.getTle();
    expect(after.tle.line1).toBe(GOOD.line1);
    expect(after.tle.line2).toBe(GOOD.line2);
    expect(after.source).toBe('live');

    const health = source.getHealth();
    expect(health.upstream.lastError).toMatch(expected);
    expect(health.upstream.consecutiveFailures).toBe(1);
    expect(health.upstream.lastResult).not.toBe('ok');
    expect(health.upstream.nextAllowedAtMs).toBeGreaterThan(h.clock.now);
    // One log line for the event, whatever the number of requests that follow during the backoff.
    for (let i = 0; i < 20; i += 1) await source.getTle();
    expect(h.warns.length - warnsBefore).toBe(1);
    expect(h.warns.at(-1)).toMatch(expected);
    expect(h.upstream.requests).toBe(2);

    // The persisted copy still holds the good TLE.
    const persisted = JSON.parse(fs.readFileSync(path.join(h.dataDir, persistedFileName(25544)), 'utf8')) as {
      line1: string;
    };
    expect(persisted.line1).toBe(GOOD.line1);
  });

  it('rejects an epoch in the future', async () => {
    h.clock.now = Date.parse('2026-10-05T00:00:00Z'); // GOOD's epoch is 4.8 days ahead of this clock
    const source = h.make();
    const record = await settled(source);
    expect(record.source).toBe('embedded');
    expect(record.tle.line1).toBe(EMBEDDED.line1);
    expect(source.getHealth().upstream.lastError).toMatch(/in the future/);
    expect(fs.existsSync(path.join(h.dataDir, persistedFileName(25544)))).toBe(false);
  });

  it.each(BAD_UPSTREAMS.filter((c) => !/older/.test(c.name)))(
    'with nothing held, upstream $name: the embedded TLE is served',
    async ({ behaviour, expected }) => {
      h.upstream.behaviour = behaviour;
      const source = h.make();
      expect((await source.getTle()).source).toBe('embedded'); // at once, the request still on its way
      const record = await settled(source);
      expect(record.source).toBe('embedded');
      expect(record.tle.line1).toBe(EMBEDDED.line1);
      expect(record.fetchedAtMs).toBeNull();
      expect(source.getHealth().upstream.lastError).toMatch(expected);
      expect(source.getHealth().upstream.failingSinceMs).toBe(START_MS);
    },
  );
});

describe('politeness', () => {
  it('makes no second request within the refresh interval after a success', async () => {
    const source = h.make();
    await settled(source);
    for (const dt of [1000, HOUR, 2 * HOUR - 1000]) {
      h.clock.now = START_MS + dt;
      const r = await source.getTle();
      expect(r.source).toBe('live');
    }
    await source.idle();
    expect(h.upstream.requests).toBe(1);
    h.clock.now = START_MS + 2 * HOUR + 1;
    await source.getTle();
    await source.idle();
    expect(h.upstream.requests).toBe(2);
    expect(source.getHealth().upstream.lastResult).toBe('unchanged');
    expect(source.getHealth().upstream.nextAllowedAtMs).toBe(h.clock.now + 2 * HOUR);
  });

  it('backs off exponentially after failures and recovers', async () => {
    h.upstream.behaviour = { kind: 'status', status: 503 };
    const source = h.make();
    await settled(source);
    expect(h.upstream.requests).toBe(1);
    let expectedWait = BACKOFF_BASE_MS;
    for (let failure = 1; failure <= 4; failure += 1) {
      const health = source.getHealth();
      expect(health.upstream.consecutiveFailures).toBe(failure);
      expect(health.upstream.nextAllowedAtMs).toBe(h.clock.now + expectedWait);
      h.clock.now += expectedWait - 1000; // just before: no request
      await source.getTle();
      await source.idle();
      expect(h.upstream.requests).toBe(failure);
      h.clock.now += 1000; // due: one request
      await source.getTle();
      await source.idle();
      expect(h.upstream.requests).toBe(failure + 1);
      expectedWait *= 2;
    }
    // The backoff never exceeds the refresh interval.
    for (let i = 0; i < 4; i += 1) {
      h.clock.now = source.getHealth().upstream.nextAllowedAtMs ?? 0;
      await source.getTle();
      await source.idle();
    }
    expect((source.getHealth().upstream.nextAllowedAtMs ?? 0) - h.clock.now).toBe(2 * HOUR);

    h.upstream.behaviour = { kind: 'tle', body: tleText(GOOD) };
    h.clock.now = source.getHealth().upstream.nextAllowedAtMs ?? 0;
    await source.getTle();
    await source.idle();
    const record = await source.getTle();
    expect(record.source).toBe('live');
    expect(record.tle.line1).toBe(GOOD.line1);
    const health = source.getHealth();
    expect(health.upstream.consecutiveFailures).toBe(0);
    expect(health.upstream.lastResult).toBe('ok');
    expect(health.upstream.lastError).toMatch(/HTTP 503/); // kept for the operator
    expect(health.upstream.failingSinceMs).toBeNull();
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    h.upstream.behaviour = { kind: 'status', status: 429, retryAfter: '3600' };
    const source = h.make();
    await settled(source);
    expect(source.getHealth().upstream.nextAllowedAtMs).toBe(START_MS + HOUR);
    h.clock.now = START_MS + 59 * 60_000;
    await source.getTle();
    await source.idle();
    expect(h.upstream.requests).toBe(1);

    const retryAt = new Date(START_MS + 5 * HOUR);
    h.upstream.behaviour = { kind: 'status', status: 503, retryAfter: retryAt.toUTCString() };
    h.clock.now = START_MS + HOUR;
    await source.getTle();
    await source.idle();
    expect(h.upstream.requests).toBe(2);
    expect(source.getHealth().upstream.nextAllowedAtMs).toBe(retryAt.getTime());
    h.clock.now = retryAt.getTime() - 1000;
    await source.getTle();
    await source.idle();
    expect(h.upstream.requests).toBe(2);
  });
});

describe('single flight', () => {
  it('200 concurrent callers with an empty cache cause exactly one upstream request', async () => {
    h.upstream.behaviour = { kind: 'tle', body: tleText(GOOD), delayMs: 100 };
    const source = h.make();
    const records = await Promise.all(Array.from({ length: 200 }, () => source.getTle()));
    // Every caller is answered at once from what is held (here the embedded set), none waits for upstream.
    expect(records.every((r) => r.source === 'embedded')).toBe(true);
    await source.idle();
    expect(h.upstream.requests).toBe(1);
    const after = await Promise.all(Array.from({ length: 200 }, () => source.getTle()));
    expect(after.every((r) => r.source === 'live' && r.tle.line1 === GOOD.line1)).toBe(true);
    expect(h.upstream.requests).toBe(1);
  });

  it('a slow upstream does not block callers when a TLE is held', async () => {
    const source = await holdingGoodThenDue();
    h.upstream.behaviour = { kind: 'hang' };
    let settled = false;
    const pending = Promise.all(Array.from({ length: 50 }, () => source.getTle())).then((r) => {
      settled = true;
      return r;
    });
    // The answers arrive while the upstream request is still hanging.
    const records = await pending;
    expect(settled).toBe(true);
    expect(source.getHealth().upstream.lastResult).toBe('ok'); // the hanging attempt has not finished yet
    expect(records.every((r) => r.tle.line1 === GOOD.line1)).toBe(true);
    await source.idle();
    expect(h.upstream.requests).toBe(2);
    expect(source.getHealth().upstream.lastResult).toBe('timeout');
  });
});

describe('persistence and restart', () => {
  it('a restart within the refresh interval serves the persisted TLE without refetching', async () => {
    const first = h.make();
    await settled(first);
    expect(h.upstream.requests).toBe(1);
    const file = path.join(h.dataDir, persistedFileName(25544));
    expect(fs.existsSync(file)).toBe(true);
    expect(first.getHealth().persistence.lastWriteAtMs).toBe(START_MS);

    h.clock.now = START_MS + HOUR;
    const restarted = h.make();
    const record = await restarted.getTle();
    await restarted.idle();
    expect(h.upstream.requests).toBe(1);
    expect(record.source).toBe('cached');
    expect(record.tle.line1).toBe(GOOD.line1);
    expect(record.fetchedAtMs).toBe(START_MS);
    expect(restarted.getHealth().upstream.nextAllowedAtMs).toBe(START_MS + 2 * HOUR);

    // Once stale, the restarted process refreshes in the background and keeps serving the cached copy meanwhile.
    h.clock.now = START_MS + 2 * HOUR + 1;
    expect((await restarted.getTle()).source).toBe('cached');
    await restarted.idle();
    expect(h.upstream.requests).toBe(2);
    expect((await restarted.getTle()).source).toBe('live');
  });

  it('an offline deployment (TLE_SOURCE=embedded) uses a persisted TLE newer than the embedded one', async () => {
    await settled(h.make());
    const offline = h.make({ tleSource: { kind: 'none' } });
    const record = await offline.getTle();
    expect(record.source).toBe('cached');
    expect(record.tle.line1).toBe(GOOD.line1);
    expect(h.upstream.requests).toBe(1);
    expect(offline.getHealth().upstream.configured).toBe(false);
  });

  const CORRUPT: Array<{ name: string; content: () => string; expected: RegExp }> = [
    { name: 'garbage', content: () => '\u0000\u0001garbage', expected: /not valid JSON/ },
    {
      name: 'truncated JSON',
      content: () => fs.readFileSync(path.join(h.dataDir, persistedFileName(25544)), 'utf8').slice(0, 80),
      expected: /not valid JSON/,
    },
    {
      name: 'a TLE with a bad checksum',
      content: () =>
        JSON.stringify({
          version: 1,
          noradId: 25544,
          name: 'ISS',
          line1: badChecksum(`x\n${GOOD.line1}`).split('\n')[1],
          line2: GOOD.line2,
          fetchedAtMs: START_MS,
          origin: 'x',
          savedAtMs: START_MS,
        }),
      expected: /invalid TLE: .*checksum/,
    },
    {
      name: "another satellite's TLE",
      content: () =>
        JSON.stringify({
          version: 1,
          noradId: 25544,
          name: 'CSS',
          line1: TIANGONG.line1,
          line2: TIANGONG.line2,
          fetchedAtMs: START_MS,
          origin: 'x',
          savedAtMs: START_MS,
        }),
      expected: /satellite 48274/,
    },
    { name: 'a wrong shape', content: () => JSON.stringify({ version: 1, tle: 'x' }), expected: /unexpected shape/ },
  ];

  it.each(CORRUPT)('a persisted file holding $name is reported and ignored', async ({ content, expected }) => {
    await settled(h.make()); // writes a valid file first
    const file = path.join(h.dataDir, persistedFileName(25544));
    fs.writeFileSync(file, content());
    h.upstream.behaviour = { kind: 'status', status: 500 };
    h.clock.now = START_MS + HOUR;
    const warnsBefore = h.warns.length;
    const restarted = h.make();
    const record = await settled(restarted);
    expect(record.source).toBe('embedded');
    expect(record.tle.line1).toBe(EMBEDDED.line1);
    const health = restarted.getHealth();
    expect(health.persistence.lastError).toMatch(expected);
    // One line for the corrupt file and one for the failed refresh; none per request after that.
    for (let i = 0; i < 10; i += 1) await restarted.getTle();
    const newWarns = h.warns.slice(warnsBefore);
    expect(newWarns.filter((w) => expected.test(w))).toHaveLength(1);
    expect(newWarns).toHaveLength(2);
  });

  it('a failing disk write is reported in health and the fetched TLE is still served', async () => {
    const blocker = path.join(h.dataDir, 'not-a-dir');
    fs.writeFileSync(blocker, 'x');
    const source = h.make({ dataDir: path.join(blocker, 'sub') });
    const record = await settled(source);
    expect(record.source).toBe('live');
    expect(source.getHealth().persistence.lastError).toMatch(/cannot write/);
    expect(source.getHealth().persistence.lastWriteAtMs).toBeNull();
  });
});

describe('a local file as TLE_SOURCE', () => {
  it('serves the file, picks up changes, and keeps the last good one when the file turns bad', async () => {
    const file = path.join(h.dataDir, 'iss.tle');
    fs.writeFileSync(file, tleText(OLDER));
    const source = h.make({ tleSource: { kind: 'file', path: file } });
    let record = await source.getTle();
    expect(record.source).toBe('file');
    expect(record.tle.line1).toBe(OLDER.line1);
    expect(record.fetchedAtMs).toBe(fs.statSync(file).mtimeMs);

    fs.writeFileSync(file, tleText(GOOD));
    fs.utimesSync(file, new Date(START_MS + 60_000), new Date(START_MS + 60_000));
    h.clock.now += 60_000;
    record = await source.getTle();
    expect(record.tle.line1).toBe(GOOD.line1);

    fs.writeFileSync(file, tleText(HUBBLE));
    fs.utimesSync(file, new Date(START_MS + 120_000), new Date(START_MS + 120_000));
    h.clock.now += 60_000;
    record = await source.getTle();
    expect(record.tle.line1).toBe(GOOD.line1);
    expect(source.getHealth().upstream.lastError).toMatch(/satellite 20580/);
    expect(h.upstream.requests).toBe(0);

    fs.rmSync(file);
    h.clock.now += 60_000;
    record = await source.getTle();
    expect(record.tle.line1).toBe(GOOD.line1);
    expect(source.getHealth().upstream.lastResult).toBe('file-error');
  });

  it('a missing file falls back to the embedded TLE', async () => {
    const source = h.make({ tleSource: { kind: 'file', path: path.join(h.dataDir, 'missing.tle') } });
    const record = await source.getTle();
    expect(record.source).toBe('embedded');
    expect(source.getHealth().upstream.lastError).toMatch(/ENOENT|no such file/);
  });
});

describe('processes sharing one DATA_DIR (TLE_ROLE=follow)', () => {
  const follower = (): TleSource => h.make({ tleRole: 'follow' });

  it('one fetching and three following processes, 200 concurrent callers, empty cache: exactly one upstream request', async () => {
    h.upstream.behaviour = { kind: 'tle', body: tleText(GOOD), delayMs: 100 };
    const fetcher = h.make();
    const followers = [follower(), follower(), follower()];
    const all = [fetcher, ...followers];
    const records = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (all[i % all.length] as TleSource).getTle()),
    );
    await fetcher.idle();
    expect(h.upstream.requests).toBe(1);
    // Until the fetching process has a TLE, every process serves the built-in one rather than wait.
    expect(records.every((r) => r.source === 'embedded')).toBe(true);
    expect((await fetcher.getTle()).source).toBe('live');

    h.clock.now += FOLLOW_CHECK_INTERVAL_MS;
    for (const f of followers) {
      const r = await f.getTle();
      expect(r.source).toBe('cached');
      expect(r.tle.line1).toBe(GOOD.line1);
      expect(r.fetchedAtMs).toBe(START_MS);
    }
    expect(h.upstream.requests).toBe(1);
  });

  it('followers pick up a refreshed TLE and never poll upstream themselves, however long they run', async () => {
    h.upstream.behaviour = { kind: 'tle', body: tleText(OLDER) };
    const fetcher = h.make();
    const f = follower();
    await settled(fetcher);
    h.clock.now += FOLLOW_CHECK_INTERVAL_MS;
    expect((await f.getTle()).tle.line1).toBe(OLDER.line1);

    h.upstream.behaviour = { kind: 'tle', body: tleText(GOOD) };
    for (let i = 0; i < 10; i += 1) {
      h.clock.now += 2 * HOUR + 1;
      await f.getTle();
    }
    expect(h.upstream.requests).toBe(1);
    expect((await f.getTle()).tle.line1).toBe(OLDER.line1);

    await fetcher.getTle();
    await fetcher.idle();
    expect(h.upstream.requests).toBe(2);
    // Within one check interval the follower still answers with what it held, then with the new TLE.
    expect((await f.getTle()).tle.line1).toBe(OLDER.line1);
    h.clock.now += FOLLOW_CHECK_INTERVAL_MS;
    expect((await f.getTle()).tle.line1).toBe(GOOD.line1);
  });

  it("a follower's health reports the fetching process's upstream state and its own role", async () => {
    h.upstream.behaviour = { kind: 'status', status: 503 };
    const fetcher = h.make();
    const f = follower();
    await fetcher.getTle();
    await fetcher.idle();
    const health = f.getHealth();
    expect(health.upstream.role).toBe('follow');
    expect(fetcher.getHealth().upstream.role).toBe('fetch');
    expect(health.upstream).toMatchObject({
      configured: true,
      kind: 'http',
      lastResult: 'http-error',
      lastError: 'HTTP 503',
      consecutiveFailures: 1,
      lastAttemptAtMs: START_MS,
      nextAllowedAtMs: START_MS + BACKOFF_BASE_MS,
    });
    expect(health.tle.source).toBe('embedded');
  });

  it('a follower refuses a damaged saved TLE, keeps what it held and says why', async () => {
    const fetcher = h.make();
    const f = follower();
    await settled(fetcher);
    h.clock.now += FOLLOW_CHECK_INTERVAL_MS;
    expect((await f.getTle()).source).toBe('cached');
    fs.writeFileSync(path.join(h.dataDir, persistedFileName(25544)), '{"version":1,"noradId":25544,"li');
    h.clock.now += FOLLOW_CHECK_INTERVAL_MS;
    const r = await f.getTle();
    expect(r.source).toBe('cached');
    expect(r.tle.line1).toBe(GOOD.line1);
    expect(f.getHealth().persistence.lastError).toMatch(/not valid JSON/);
    expect(h.warns.filter((w) => /not valid JSON/.test(w))).toHaveLength(1);
    expect(h.upstream.requests).toBe(1);
  });

  it('the role changes nothing for a file or offline source: every process reads it itself', async () => {
    const file = path.join(h.dataDir, 'iss.tle');
    fs.writeFileSync(file, tleText(GOOD));
    const r = await h.make({ tleRole: 'follow', tleSource: { kind: 'file', path: file } }).getTle();
    expect(r.source).toBe('file');
    expect((await h.make({ tleRole: 'follow', tleSource: { kind: 'none' } }).getTle()).source).toBe('embedded');
    expect(h.upstream.requests).toBe(0);
  });
});
