import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ServerConfig } from '@/server/config';
import type { TleSourceDeps } from '@/server/tle/types';
import { fixtureTle, tleText } from './tle-fixtures';

/** Older than every other ISS fixture, so that each of them counts as news over the built-in TLE. */
export const EMBEDDED = fixtureTle(25544, '26276.04');
export const OLDER = fixtureTle(25544, '26281.01');
export const GOOD = fixtureTle(25544, '26282.82');
export const HUBBLE = fixtureTle(20580, '26280.56');
/** A configured upstream URL; the harness's network never answers it unless the test provides a fetch. */
export const UPSTREAM_URL = 'https://upstream.test/iss.txt';
/** 4 h after GOOD's epoch. */
export const START_MS = Date.parse('2026-10-10T00:00:00Z');

/**
 * One TLE provider's surroundings in a unit test: its own temp DATA_DIR, a clock the test moves, the log lines it
 * wrote, and a network that fails the test if anything is requested that the test did not provide for.
 */
export interface ProviderHarness {
  dataDir: string;
  clock: { now: number };
  warns: string[];
  infos: string[];
  deps: TleSourceDeps;
  config(overrides?: Partial<ServerConfig>): ServerConfig;
  cleanup(): void;
}

function providerHarness(fetch?: TleSourceDeps['fetch']): ProviderHarness {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tle-provider-'));
  const clock = { now: START_MS };
  const warns: string[] = [];
  const infos: string[] = [];
  return {
    dataDir,
    clock,
    warns,
    infos,
    deps: {
      nowMs: () => clock.now,
      fetch: fetch ?? (() => Promise.reject(new Error('this provider must not request anything'))),
      log: { warn: (m) => warns.push(m), info: (m) => infos.push(m) },
      configProblems: [],
      embeddedTleText: tleText(EMBEDDED),
    },
    config: (overrides = {}) => ({
      tleSource: { kind: 'none' },
      tleRole: 'fetch',
      dataDir,
      noradId: 25544,
      refreshHours: 2,
      fetchTimeoutMs: 400,
      tileUrl: null,
      tileAttribution: null,
      frameAncestors: [],
      ...overrides,
    }),
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A fresh harness for each test of the calling file (filled in before each test, its DATA_DIR removed after). */
export function harnessPerTest(fetch?: TleSourceDeps['fetch']): ProviderHarness {
  const h = {} as ProviderHarness;
  beforeEach(() => {
    Object.assign(h, providerHarness(fetch));
  });
  afterEach(() => h.cleanup());
  return h;
}
