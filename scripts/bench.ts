/**
 * `npm run bench`: the issue 6 figures in one table (figure, budget, reference, pass/fail).
 *
 *   Node (always): propagation to a geodetic point, pass prediction (and Skyfield when Debian's
 *   python3-skyfield is installed), ground track.
 *   Pages (needs a production build; starts the production server, server/http/start.mjs, itself on a free 127.0.0.1 port): first-load JS,
 *   map chunk, basemap files, page speed of /, /passes, /display in headless Chromium, the 1 Hz tick's work,
 *   and the 72-simulated-hour long run.
 *
 * Environment:
 *   NEXT_DIST_DIR=.next     the build to serve (build it with `NEXT_DIST_DIR=... npx next build`)
 *   BENCH_SKIP_PAGES=1      Node figures only
 *   BENCH_SKIP_LONG=1       skip the long run (it takes 10-30 minutes)
 *   BENCH_LONG_HOURS=72     simulated hours of the long run (the budget is stated for 72)
 *   BENCH_PAGE_RUNS=5       timed loads per page (medians are reported)
 *   BENCH_TICK_SECONDS=30   seconds of ticks observed per page
 *   BENCH_LIGHTHOUSE_RUNS=3 Lighthouse 12.2.3 mobile runs per page (issue 18; medians reported; 0 skips them)
 *   BENCH_JSON=path         also write every raw result as JSON
 *   BENCH_STRICT=1          exit 1 when a figure misses its budget (default: report only, exit 0)
 *   CHROMIUM_PATH           browser binary (default /usr/bin/chromium)
 *
 * Benchmarks report numbers; they are not tests and are not part of the Vitest or Playwright suites.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Browser } from '@playwright/test';
import { launchChromium, pageStatus } from './bench/browser';
import { benchGroundTrack } from './bench/ground-track';
import { lighthouseRows, measureLighthouse } from './bench/lighthouse';
import { measureLongRun, type LongRun } from './bench/long-run';
import {
  measurePageSpeed,
  measureTakeOver,
  measureTickWork,
  type PageSpeed,
  type TakeOver,
  type TickWork,
} from './bench/page-speed';
import { measurePageWeight, type PageWeight } from './bench/page-weight';
import { languageWeightRows, measureLanguageWeights } from './bench/language-weight';
import { LOCALES } from '../lib/i18n/locales';
import { benchPasses } from './bench/passes';
import { benchPropagation } from './bench/propagation';
import { MissingBuildError, requireBuild, startServer, type BenchServer } from './bench/server';
import { benchSkyfield, type SkyfieldResult } from './bench/skyfield';
import { fmt, formatTable, kib, verdict, type Row } from './bench/table';

const cwd = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const flag = (name: string): boolean => process.env[name] === '1';
function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`${name}="${raw}" must be a whole number ${min}-${max}`);
    process.exit(2);
  }
  return n;
}
const pageRuns = intEnv('BENCH_PAGE_RUNS', 5, 1, 50);
const tickSeconds = intEnv('BENCH_TICK_SECONDS', 30, 5, 600);
const longHours = intEnv('BENCH_LONG_HOURS', 72, 1, 24 * 30);
const lighthouseRuns = intEnv('BENCH_LIGHTHOUSE_RUNS', 3, 0, 20);

/** /passes with London chosen (as a share link would): without a place it shows no passes and no map. */
const PAGES: ReadonlyArray<{ path: string; query: string }> = [
  { path: '/', query: '' },
  { path: '/passes', query: '?lat=51.5074&lon=-0.1278&name=London' },
  { path: '/display', query: '' },
];
const SKYFIELD_REFERENCE_MS = 27.6;
const log = (line: string): void => console.error(line);

function machine(): Record<string, string> {
  const cpu = fs.existsSync('/proc/cpuinfo')
    ? (/model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown')
    : (os.cpus()[0]?.model ?? 'unknown');
  return {
    cpus: String(os.cpus().length),
    cpu,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}
const loadavg = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

function nodeRows(raw: Record<string, unknown>): Row[] {
  const rows: Row[] = [];

  log('propagation ...');
  const prop = benchPropagation();
  raw.propagation = prop;
  rows.push({
    section: '1 propagation',
    figure: 'geodetic point per sample (SGP4 + GMST + lat/lon/alt), geodeticAt, median',
    value: `${fmt(prop.oursUs, 3)} us`,
    budget: '<= 0.8 us',
    reference: `satellite.js propagate+gstime+eciToGeodetic ${fmt(prop.satelliteJsChainUs, 3)} us (same run, ${fmt(prop.satelliteJsChainUs / prop.oursUs, 1)}x)`,
    verdict: verdict(prop.oursUs <= 0.8),
  });
  rows.push({
    section: '1 propagation',
    figure: 'SGP4 alone: lean near-Earth sgp4NearEarth',
    value: `${fmt(prop.oursSgp4Us, 3)} us`,
    budget: '-',
    reference: `satellite.js sgp4 ${fmt(prop.satelliteJsSgp4Us, 3)} us (same run); python-sgp4 C++ 0.53 us (issue)`,
    verdict: 'info',
  });
  rows.push({
    section: '1 propagation',
    figure: 'Earth-fixed to geodetic alone: closed-form Vermeille',
    value: `${fmt(prop.vermeilleUs, 3)} us`,
    budget: '-',
    reference: `satellite.js eciToGeodetic ${fmt(prop.satelliteJsEciToGeodeticUs, 3)} us (same run; 20 iterations)`,
    verdict: 'info',
  });

  log('passes ...');
  const all = benchPasses(50, 0);
  const app = benchPasses(50);
  raw.passes = { all, app };
  log('skyfield ...');
  let sky: SkyfieldResult | null = null;
  let skyError: string | null = null;
  try {
    sky = benchSkyfield();
  } catch (e) {
    skyError = e instanceof Error ? e.message : String(e);
  }
  raw.skyfield = sky ?? skyError;
  const skyRef = sky
    ? `Skyfield ${sky.skyfield} ${fmt(sky.medianMs, 1)} ms here, ${sky.passes} passes (${fmt(sky.medianMs / all.medianMs, 0)}x ours); issue figure ${SKYFIELD_REFERENCE_MS} ms (${fmt(SKYFIELD_REFERENCE_MS / all.medianMs, 1)}x)`
    : `Skyfield 1.45: ${SKYFIELD_REFERENCE_MS} ms, 60 passes (issue figure; python3-skyfield not installed)`;
  rows.push({
    section: '2 passes',
    figure: `10 days ISS over London, every pass above 0 deg (${all.passes} passes), median`,
    value: `${fmt(all.medianMs, 2)} ms`,
    budget: '<= 3 ms',
    reference: skyRef,
    verdict: verdict(all.medianMs <= 3),
    ...(sky && !sky.sgp4Accelerated
      ? {
          note: "Debian's python3-sgp4 has no compiled extension (sgp4.api.accelerated is False): Skyfield runs pure-Python SGP4 here, hence the gap to the issue's 27.6 ms.",
        }
      : skyError
        ? { note: `Skyfield run failed: ${skyError}` }
        : {}),
  });
  rows.push({
    section: '2 passes',
    figure: `same, app default minimum elevation (${app.passes} passes >= 10 deg), median`,
    value: `${fmt(app.medianMs, 2)} ms`,
    budget: '<= 3 ms',
    reference: '-',
    verdict: verdict(app.medianMs <= 3),
  });

  log('ground track ...');
  const track = benchGroundTrack();
  raw.groundTrack = track;
  rows.push({
    section: '3 map',
    figure: `ground track 3 orbits at 30 s (${track.samples} samples, sliced into ${track.pieces} pieces), median`,
    value: `${fmt(track.medianMs, 3)} ms`,
    budget: '<= 0.5 ms',
    reference: '-',
    verdict: verdict(track.medianMs <= 0.5),
  });
  return rows;
}

function weightRows(w: PageWeight): Row[] {
  const rows: Row[] = [
    {
      section: '4 weight',
      figure: `first-load JS of / (${w.firstLoad.length} chunks, each gzip -9, summed)`,
      value: kib(w.firstLoadGzipBytes),
      budget: '<= 150 KiB',
      reference: `empty Next 16 page 132 KiB (issue); chunks shared with the 404 page ${kib(w.sharedWithNotFoundGzipBytes)}, app's own ${kib(w.firstLoadGzipBytes - w.sharedWithNotFoundGzipBytes)}`,
      verdict: verdict(w.firstLoadGzipBytes <= 150 * 1024),
    },
    {
      section: '4 weight',
      figure: `map chunk (Leaflet, react-leaflet, map code; ${w.mapChunks.length} chunk), gzip`,
      value: `${kib(w.mapChunksGzipBytes)}, ${w.mapIsLazy ? 'lazy' : 'IN FIRST LOAD'}`,
      budget: 'lazy',
      reference: '-',
      verdict: verdict(w.mapIsLazy),
    },
  ];
  for (const b of w.basemaps) {
    rows.push({
      section: '4 weight',
      figure: `basemap ${b.name} (static file)`,
      value: `${kib(b.rawBytes)} raw, ${kib(b.gzipBytes)} gzip`,
      budget: '-',
      reference: `Cache-Control: ${b.cacheControl ?? 'none'}`,
      verdict: 'info',
    });
  }
  return rows;
}

function speedRows(s: PageSpeed): Row[] {
  const m = s.median;
  const runs = `${s.runs.length} cold loads`;
  return [
    {
      section: `5 speed ${s.page.split('?')[0] ?? s.page}`,
      figure: `station on screen, in the map's picture or the live map (from navigation), median of ${runs}`,
      value: Number.isFinite(m.markerVisibleMs) ? `${fmt(m.markerVisibleMs, 0)} ms` : 'never (20 s)',
      budget: '< 1000 ms',
      reference: `FCP ${fmt(m.fcpMs, 0)} ms; JS loaded by then (first-load and lazy, as sent) ${kib(m.jsBeforeMarkerBytes)}`,
      verdict: verdict(m.markerVisibleMs < 1000),
    },
    {
      section: `5 speed ${s.page.split('?')[0] ?? s.page}`,
      figure: 'largest contentful paint',
      value: `${fmt(m.lcpMs, 0)} ms`,
      budget: '< 1000 ms',
      reference: '-',
      verdict: verdict(m.lcpMs < 1000),
    },
    {
      section: `5 speed ${s.page.split('?')[0] ?? s.page}`,
      figure: 'total blocking time (long tasks after FCP, to 3 s after the marker)',
      value: `${fmt(m.tbtMs, 0)} ms`,
      budget: '< 50 ms',
      reference: `per run: ${s.runs.map((r) => fmt(r.tbtMs, 0)).join(', ')}`,
      verdict: verdict(m.tbtMs < 50),
    },
    {
      section: `5 speed ${s.page.split('?')[0] ?? s.page}`,
      figure: 'cumulative layout shift',
      value: fmt(m.cls, 4),
      budget: '< 0.01',
      reference: `basemap fetched: ${m.basemaps.join(', ') || 'none'}`,
      verdict: verdict(m.cls < 0.01),
    },
  ];
}

/** The same page loaded a second time in the same browser context (HTTP cache warm): information only. */
function warmRow(s: PageSpeed): Row {
  const m = s.median;
  return {
    section: `5 speed ${s.page.split('?')[0] ?? s.page}`,
    figure: `return visit (scripts and basemap cached): marker, LCP, TBT, CLS, median of ${s.runs.length}`,
    value: Number.isFinite(m.markerVisibleMs) ? `${fmt(m.markerVisibleMs, 0)} ms` : 'never (20 s)',
    budget: '-',
    reference: `LCP ${fmt(m.lcpMs, 0)} ms, TBT ${fmt(m.tbtMs, 0)} ms, CLS ${fmt(m.cls, 4)}; markers per run: ${s.runs.map((r) => fmt(r.markerVisibleMs, 0)).join(', ')}`,
    verdict: 'info',
  };
}

function tickRow(t: TickWork): Row {
  const throttled = t.cpuSlowdown > 1;
  return {
    section: '3 map',
    figure: `1 Hz tick main-thread work on ${t.page}${throttled ? `, CPU slowed ${t.cpuSlowdown}x (phone-like)` : ''}, median of ${t.ticks} ticks`,
    value: `${fmt(t.tickMedianMs, 2)} ms`,
    budget: throttled ? '-' : '<= 1 ms',
    reference: `p90 ${fmt(t.tickP90Ms, 2)} ms; propagation+marker ${fmt(t.coreMedianMs, 2)} ms; all main-thread tasks ${fmt(t.mainThreadMsPerSecond, 1)} ms/s; basemap tile draw ${fmt(t.tileMedianMs, 1)} ms (${t.tiles} tiles)`,
    verdict: throttled ? 'info' : verdict(t.tickMedianMs <= 1),
  };
}

function longRunRows(r: LongRun, note: string | undefined): Row[] {
  const first = r.samples[0];
  const last = r.samples[r.samples.length - 1];
  const daily = r.samples.filter((s, i) => s.simulatedHours % 24 === 0 || i === r.samples.length - 1);
  const series = (f: (s: LongRun['samples'][number]) => number, digits = 0) =>
    daily.map((s) => `${s.simulatedHours}h ${fmt(f(s), digits)}`).join(', ');
  const tileRange = (f: (s: LongRun['samples'][number]) => number) =>
    `${Math.min(...r.samples.map(f))}-${Math.max(...r.samples.map(f))}`;
  const flatRow = (
    figure: string,
    f: LongRun['nodes'],
    total: (s: LongRun['samples'][number]) => number,
    tiles: (s: LongRun['samples'][number]) => number,
  ): Row => ({
    section: `6 long run ${r.page}`,
    figure,
    value: `${first ? total(first) : '?'} -> ${last ? total(last) : '?'}`,
    budget: 'flat: last-day floor <= first-day floor, tiles apart',
    reference:
      `without tiles, floor first day ${f.firstDayFloor}, last day ${f.lastDayFloor} (${series((s) => total(s) - tiles(s))}); ` +
      `tiles' share ${tileRange(tiles)}, most before the last day ${f.earlierTilesMax}, on it ${f.lastDayTilesMax}`,
    verdict: verdict(f.flat),
  });
  return [
    {
      section: `6 long run ${r.page}`,
      figure: `JS heap growth after GC over ${r.hours} simulated hours (${r.ticksSeen} ticks)`,
      value: `${fmt(r.heapGrowthMB, 2)} MB`,
      budget: '< 5 MB',
      reference: series((s) => s.heapUsedMB, 2) + ' MB',
      verdict: verdict(r.heapGrowthMB < 5),
      ...(note ? { note } : {}),
    },
    flatRow(
      'DOM nodes (CDP Memory.getDOMCounters), hourly',
      r.nodes,
      (s) => s.nodes,
      (s) => s.tileNodes,
    ),
    flatRow(
      'JS event listeners, hourly',
      r.listeners,
      (s) => s.listeners,
      (s) => s.tileListeners,
    ),
  ];
}

function takeOverRow(t: TakeOver): Row {
  return {
    section: '3 map',
    figure: `live map taking over from the picture on ${t.page} at the first input, CPU slowed ${t.cpuSlowdown}x: longest task`,
    value: `${fmt(t.longestTaskMs, 0)} ms`,
    budget: '-',
    reference: `blocking (each task beyond 50 ms) ${fmt(t.blockingMs, 0)} ms; input to live map drawn ${fmt(t.readyMs, 0)} ms`,
    verdict: 'info',
  };
}

async function pageRows(raw: Record<string, unknown>): Promise<Row[]> {
  const rows: Row[] = [];
  requireBuild(cwd, distDir);
  log(`production server, server/http/start.mjs (${distDir}) ...`);
  const server: BenchServer = await startServer(cwd, distDir);
  let browser: Browser | null = null;
  try {
    log('page weight ...');
    const weight = await measurePageWeight(server.baseUrl, distDir, cwd, '/');
    raw.pageWeight = weight;
    rows.push(...weightRows(weight));
    log('page weight in each language ...');
    const languages = await measureLanguageWeights(server.baseUrl, distDir, cwd, LOCALES);
    raw.languageWeight = languages;
    rows.push(...languageWeightRows(languages));

    browser = await launchChromium();
    const live: string[] = [];
    const speeds: PageSpeed[] = [];
    const warmSpeeds: PageSpeed[] = [];
    for (const { path: page, query } of PAGES) {
      const status = await pageStatus(server.baseUrl, page);
      if (status === 404) {
        rows.push({
          section: `5 speed ${page}`,
          figure: 'page speed',
          value: '-',
          budget: '-',
          reference: '-',
          verdict: 'skipped',
          note: `${page} answers 404 in this build: not measured.`,
        });
        continue;
      }
      live.push(page);
      log(`page speed ${page} ...`);
      const speed = await measurePageSpeed(browser, server.baseUrl, `${page}${query}`, pageRuns);
      speeds.push(speed);
      rows.push(...speedRows(speed));
      log(`page speed ${page}, return visit ...`);
      const warm = await measurePageSpeed(browser, server.baseUrl, `${page}${query}`, pageRuns, true);
      warmSpeeds.push(warm);
      rows.push(warmRow(warm));
    }
    raw.pageSpeed = speeds;
    raw.pageSpeedReturnVisit = warmSpeeds;

    const ticks: TickWork[] = [];
    for (const page of ['/', '/display'].filter((p) => live.includes(p))) {
      log(`tick work ${page} (${tickSeconds} s) ...`);
      ticks.push(await measureTickWork(browser, server.baseUrl, page, tickSeconds));
    }
    log(`tick work / at 4x CPU slowdown (${tickSeconds} s) ...`);
    ticks.push(await measureTickWork(browser, server.baseUrl, '/', tickSeconds, 4));
    raw.tickWork = ticks;
    rows.push(...ticks.map(tickRow));
    const takeOvers: TakeOver[] = [];
    for (const page of ['/', '/display'].filter((p) => live.includes(p))) {
      log(`live map take-over ${page} at 4x CPU slowdown ...`);
      takeOvers.push(await measureTakeOver(browser, server.baseUrl, page));
    }
    raw.takeOver = takeOvers;
    rows.push(...takeOvers.map(takeOverRow));

    if (lighthouseRuns === 0) {
      rows.push({
        section: '8 lighthouse',
        figure: 'Lighthouse mobile: score, TBT, LCP, CLS of /, /passes, /display',
        value: '-',
        budget: '>= 95 (/display >= 90), <= 150 ms, <= 2.0 s, < 0.01',
        reference: '-',
        verdict: 'skipped',
        note: 'BENCH_LIGHTHOUSE_RUNS=0',
      });
    } else {
      const loadavgBeforeLighthouse = loadavg();
      raw.loadavgBeforeLighthouse = loadavgBeforeLighthouse;
      const lh = await measureLighthouse(server.baseUrl, lighthouseRuns, log);
      raw.lighthouse = lh;
      raw.loadavgAfterLighthouse = loadavg();
      const [first, ...rest] = lighthouseRows(lh);
      // Lighthouse's simulated 4x CPU multiplies the machine's own slowness: the load average goes with the figures.
      if (first)
        rows.push(
          {
            ...first,
            note: `1-minute load average ${loadavgBeforeLighthouse} before Lighthouse, ${String(raw.loadavgAfterLighthouse)} after`,
          },
          ...rest,
        );
    }

    if (flag('BENCH_SKIP_LONG')) {
      rows.push({
        section: '6 long run',
        figure: 'display page, 72 simulated hours',
        value: '-',
        budget: '< 5 MB heap growth, flat DOM',
        reference: '-',
        verdict: 'skipped',
        note: 'BENCH_SKIP_LONG=1',
      });
    } else {
      const page = live.includes('/display') ? '/display' : '/';
      const note = page === '/display' ? undefined : '/display is not in this build: the long run measured / instead.';
      log(`long run ${page}, ${longHours} simulated hours (several minutes) ...`);
      const longRun = await measureLongRun(browser, server.baseUrl, page, longHours, 6, log);
      raw.longRun = longRun;
      rows.push(...longRunRows(longRun, note));
    }
  } finally {
    if (browser) await browser.close();
    await server.stop();
  }
  return rows;
}

async function main(): Promise<number> {
  const raw: Record<string, unknown> = {
    machine: machine(),
    startedAt: new Date().toISOString(),
    loadavgBefore: loadavg(),
  };
  const rows: Row[] = nodeRows(raw);
  if (flag('BENCH_SKIP_PAGES')) {
    rows.push({
      section: '4-6 pages',
      figure: 'page weight, page speed, tick, long run, Lighthouse',
      value: '-',
      budget: '-',
      reference: '-',
      verdict: 'skipped',
      note: 'BENCH_SKIP_PAGES=1',
    });
  } else {
    try {
      rows.push(...(await pageRows(raw)));
    } catch (e) {
      if (!(e instanceof MissingBuildError)) throw e;
      console.error(`\n${e.message}\n`);
      rows.push({
        section: '4-6 pages',
        figure: 'page weight, page speed, tick, long run',
        value: '-',
        budget: '-',
        reference: '-',
        verdict: 'skipped',
        note: `no production build in ${distDir}/`,
      });
    }
  }
  rows.push({
    section: '7 server',
    figure: 'throughput, p99 and RSS of /api/tle and /api/position',
    value: 'see `npm run load`',
    budget: '>= 1000 req/s, p99 < 50 ms, RSS < 250 MiB',
    reference: 'BENCHMARKS.md, section Load',
    verdict: 'info',
  });
  raw.loadavgAfter = loadavg();
  // Group by figure number (the tick rows are measured with the pages but belong with the map figures).
  const order = (r: Row): number => Number.parseInt(r.section, 10) || 0;
  rows.sort((a, b) => order(a) - order(b));
  raw.rows = rows;

  const m = raw.machine as Record<string, string>;
  console.log(`\nOrbit Watch benchmarks, ${raw.startedAt as string}`);
  console.log(`machine: ${m.cpus} x ${m.cpu}, ${m.memory}, node ${m.node}, ${m.platform}`);
  console.log(
    `load average before ${raw.loadavgBefore as string}, after ${raw.loadavgAfter as string} (shared machine: other work inflates the timings)\n`,
  );
  console.log(formatTable(rows));
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(raw, null, 2)}\n`);
  const failed = rows.filter((r) => r.verdict === 'FAIL').length;
  console.log(`\n${failed === 0 ? 'every budgeted figure within budget' : `${failed} figure(s) over budget`}`);
  return flag('BENCH_STRICT') && failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
