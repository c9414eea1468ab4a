// Issue 18: Lighthouse 12.2.3 mobile (its defaults: Moto G Power viewport, simulated slow 4G, 4x CPU slowdown),
// performance category only, against the production server the bench started. Headless Debian Chromium launched by
// Playwright with a remote-debugging port that Lighthouse drives; Lighthouse resets storage and cache before each
// run, so every run is a cold load. Medians over the runs; the scores per run go in the reference column.
// Lighthouse runs as its own CLI under plain Node: under tsx, esbuild's keepNames rewrites the functions Lighthouse
// sends into the page as source (`__name is not defined` there).
//
//   npx tsx scripts/bench/lighthouse.ts [base URL] [runs]   one table of these rows, raw figures as JSON on stderr
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';
import { median } from './stats';
import { fmt, formatTable, verdict, type Row } from './table';
import { freePort } from '../load/server';

/** The three URLs (London chosen, as a shared link would). */
export const LIGHTHOUSE_PAGES: ReadonlyArray<{ page: string; url: string; minScore: number }> = [
  { page: '/', url: '/', minScore: 95 },
  { page: '/passes', url: '/passes?lat=51.5074&lon=-0.1278&name=London', minScore: 95 },
  { page: '/display', url: '/display?lat=51.5074&lon=-0.1278&name=London', minScore: 90 },
];
const TBT_BUDGET_MS = 150;
const LCP_BUDGET_MS = 2000;
const CLS_BUDGET = 0.01;

export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /**
   * Time to interactive (simulated): not scored by Lighthouse 12, shown because pages load their scripts after
   * their first paint (server/http/paint-first.mjs), which moves hydration later.
   */
  ttiMs: number;
  /** Main-thread time per category (Lighthouse's mainthread-work-breakdown), ms at 4x. */
  mainThread: Record<string, number>;
  /** Script evaluation per script URL (bootup-time), ms at 4x. */
  bootup: Record<string, number>;
  domSize: number;
  transferKiB: number;
}

export interface LighthousePage {
  page: string;
  url: string;
  minScore: number;
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'mainThread' | 'bootup'>;
}

interface AuditLike {
  numericValue?: number;
  details?: unknown;
}

function numeric(audits: Record<string, AuditLike>, id: string): number {
  return audits[id]?.numericValue ?? NaN;
}

/** Rows of a table audit's details as plain records (the details' type is a wide union in Lighthouse's types). */
function items(audits: Record<string, AuditLike>, id: string): Array<Record<string, unknown>> {
  const details = audits[id]?.details;
  if (typeof details !== 'object' || details === null || !('items' in details)) return [];
  const list = (details as { items: unknown }).items;
  return Array.isArray(list)
    ? list.filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null)
    : [];
}

interface LhrLike {
  runtimeError?: { code: string; message: string };
  categories: { performance?: { score: number | null } };
  audits: Record<string, AuditLike>;
}

const run = promisify(execFile);
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const { stdout } = await run(
    process.execPath,
    [LIGHTHOUSE_CLI, url, `--port=${port}`, '--output=json', '--only-categories=performance', '--quiet'],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as LhrLike;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits;
  const mainThread: Record<string, number> = {};
  for (const i of items(audits, 'mainthread-work-breakdown'))
    if (typeof i.groupLabel === 'string' && typeof i.duration === 'number') mainThread[i.groupLabel] = i.duration;
  const bootup: Record<string, number> = {};
  for (const i of items(audits, 'bootup-time'))
    if (typeof i.url === 'string' && typeof i.scripting === 'number')
      bootup[i.url.replace(/^https?:\/\/[^/]+/, '')] = i.scripting;
  return {
    score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    fcpMs: numeric(audits, 'first-contentful-paint'),
    lcpMs: numeric(audits, 'largest-contentful-paint'),
    tbtMs: numeric(audits, 'total-blocking-time'),
    cls: numeric(audits, 'cumulative-layout-shift'),
    speedIndexMs: numeric(audits, 'speed-index'),
    ttiMs: numeric(audits, 'interactive'),
    mainThread,
    bootup,
    domSize: numeric(audits, 'dom-size'),
    transferKiB: numeric(audits, 'total-byte-weight') / 1024,
  };
}

/**
 * Lighthouse now and then loses the trace on a busy machine (NO_NAVSTART, NO_FCP): such a run is repeated, up to
 * twice, and said so; a third failure stops the bench.
 */
async function runWithRetries(url: string, port: number, log: (line: string) => void): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, port);
    } catch (e) {
      const message = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
      if (attempt >= 3) throw e;
      log(`lighthouse ${url}: run failed (${message.slice(0, 160)}), repeating it`);
    }
  }
}

/** Lighthouse mobile runs of each page in one headless Chromium. */
export async function measureLighthouse(
  baseUrl: string,
  runs: number,
  log: (line: string) => void = () => {},
  pages = LIGHTHOUSE_PAGES,
): Promise<LighthousePage[]> {
  const port = await freePort();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`],
    headless: true,
  });
  const out: LighthousePage[] = [];
  try {
    for (const p of pages) {
      const done: LighthouseRun[] = [];
      for (let r = 0; r < runs; r++) {
        log(`lighthouse ${p.url}, run ${r + 1}/${runs} ...`);
        done.push(await runWithRetries(`${baseUrl}${p.url}`, port, log));
      }
      const med = (f: (run: LighthouseRun) => number): number => median(done.map(f));
      out.push({
        ...p,
        runs: done,
        median: {
          score: med((x) => x.score),
          fcpMs: med((x) => x.fcpMs),
          lcpMs: med((x) => x.lcpMs),
          tbtMs: med((x) => x.tbtMs),
          cls: med((x) => x.cls),
          speedIndexMs: med((x) => x.speedIndexMs),
          ttiMs: med((x) => x.ttiMs),
          domSize: med((x) => x.domSize),
          transferKiB: med((x) => x.transferKiB),
        },
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}

export function lighthouseRows(results: readonly LighthousePage[]): Row[] {
  return results.flatMap((r): Row[] => {
    const m = r.median;
    const section = `8 lighthouse ${r.page}`;
    const per = (f: (run: LighthouseRun) => string): string => r.runs.map(f).join(', ');
    return [
      {
        section,
        figure: `Lighthouse 12.2.3 mobile performance score, median of ${r.runs.length}`,
        value: fmt(m.score, 0),
        budget: `>= ${r.minScore}`,
        reference: `per run ${per((x) => fmt(x.score, 0))}; FCP ${fmt(m.fcpMs / 1000, 2)} s, SI ${fmt(m.speedIndexMs / 1000, 2)} s, TTI ${fmt(m.ttiMs / 1000, 2)} s, ${fmt(m.transferKiB, 0)} KiB moved, ${fmt(m.domSize, 0)} DOM elements`,
        verdict: verdict(m.score >= r.minScore),
      },
      {
        section,
        figure: 'total blocking time (simulated, 4x CPU)',
        value: `${fmt(m.tbtMs, 0)} ms`,
        budget: `<= ${TBT_BUDGET_MS} ms`,
        reference: `per run ${per((x) => fmt(x.tbtMs, 0))}`,
        verdict: verdict(m.tbtMs <= TBT_BUDGET_MS),
      },
      {
        section,
        figure: 'largest contentful paint (simulated slow 4G)',
        value: `${fmt(m.lcpMs / 1000, 2)} s`,
        budget: `<= ${fmt(LCP_BUDGET_MS / 1000, 1)} s`,
        reference: `per run ${per((x) => fmt(x.lcpMs / 1000, 2))}`,
        verdict: verdict(m.lcpMs <= LCP_BUDGET_MS),
      },
      {
        section,
        figure: 'cumulative layout shift',
        value: fmt(m.cls, 4),
        budget: `< ${CLS_BUDGET}`,
        reference: `per run ${per((x) => fmt(x.cls, 4))}`,
        verdict: verdict(m.cls < CLS_BUDGET),
      },
    ];
  });
}

// Alone: `npx tsx scripts/bench/lighthouse.ts http://127.0.0.1:3174 3` against a server already running.
if (process.argv[1]?.endsWith('lighthouse.ts')) {
  const base = process.argv[2] ?? 'http://127.0.0.1:3174';
  const runs = Number(process.argv[3] ?? '3');
  const only = process.argv[4];
  measureLighthouse(
    base,
    runs,
    (l) => console.error(l),
    LIGHTHOUSE_PAGES.filter((p) => !only || p.page === only),
  ).then(
    (results) => {
      console.error(JSON.stringify(results, null, 2));
      console.log(formatTable(lighthouseRows(results)));
    },
    (e: unknown) => {
      console.error(e);
      process.exit(2);
    },
  );
}
