// Figure 5 (and 3b): page speed in headless Chromium against `next start`. Each load runs in a fresh browser
// context (empty cache). The browser's own Performance APIs, observed from an init script, give FCP, LCP, long
// tasks (TBT = the part of each long task beyond 50 ms, after FCP) and layout shifts (CLS); a per-frame check
// records when the station marker first has a box on screen. The 1 Hz tick's main-thread work comes from the
// map's opt-in perf sink (`globalThis.__orbitWatchPerf`, components/map/orbit-overlay.ts).
import type { Browser, Page } from '@playwright/test';
import { VIEWPORT } from './browser';
import { median } from './stats';

/** The live map's station marker (Leaflet's). */
export const MARKER = '[data-testid="station-marker"]';
/** The station on screen in either form: the map's picture (before Leaflet takes over) or the live map. */
const STATION_SHOWN = `${MARKER}, [data-testid="map-picture"] [data-part="dot"]`;
/** Console message the page's observer logs when the marker shows: Node hears it without running code in the page. */
const MARKER_SIGNAL = 'orbit-watch-bench:marker-visible';

/** Runs in the page before any of its own scripts. Kept as a string: it is page code, not Node code. */
const OBSERVERS = `(() => {
  const b = { fcp: null, lcp: 0, cls: 0, longTasks: [], markerVisibleMs: null, basemaps: [] };
  globalThis.__bench = b;
  globalThis.__orbitWatchPerf = { tickMs: [], coreMs: [], frames: 0, tileMs: [] };
  const observe = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.renderTime || e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.cls += e.value; });
  observe('longtask', (e) => { b.longTasks.push([e.startTime, e.duration]); });
  observe('resource', (e) => { if (e.name.includes('/basemap/')) b.basemaps.push(e.name.split('/').pop()); });
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    // Visible as Playwright means it (a box, not hidden), wherever the page has scrolled to.
    if (r.width <= 0 || r.height <= 0) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
  };
  const poll = () => {
    const el = document.querySelector('${STATION_SHOWN}');
    if (el && visible(el)) { b.markerVisibleMs = performance.now(); console.debug('${MARKER_SIGNAL}'); return; }
    if (performance.now() < 30000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

interface BenchState {
  fcp: number | null;
  lcp: number;
  cls: number;
  longTasks: Array<[number, number]>;
  markerVisibleMs: number | null;
  basemaps: string[];
}

export interface LoadMetrics {
  markerVisibleMs: number;
  /** Compressed bytes of every script that finished loading before the marker showed (first-load and lazy). */
  jsBeforeMarkerBytes: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  basemaps: string[];
}

export interface PageSpeed {
  page: string;
  runs: LoadMetrics[];
  median: LoadMetrics;
}

/**
 * How long a new window is left on about:blank before the measured navigation. Chromium 156 loads WebUI pages for
 * every new window's address bar (chrome://omnibox-popup.top-chrome/, two renderers, about a second of CPU here);
 * a visitor's window has done that long before they open the page, so it must not share the two cores with the
 * load being measured. Found with CDP's Target.getTargets; measured: /display's marker 1181 ms navigating at once,
 * 838 ms after this wait (6 interleaved loads each).
 */
export const WINDOW_SETTLE_MS = 2000;

async function preparePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(WINDOW_SETTLE_MS);
  await page.addInitScript(OBSERVERS);
  return page;
}

/**
 * Resolves when the page's observer reports the marker (or after `timeoutMs`). Waiting with a Playwright locator
 * instead would inject and run Playwright's selector engine in the page during the load being measured.
 */
function markerSignal(page: Page, timeoutMs: number): Promise<void> {
  return page
    .waitForEvent('console', { predicate: (message) => message.text() === MARKER_SIGNAL, timeout: timeoutMs })
    .then(
      () => undefined,
      () => undefined,
    );
}

async function oneLoad(browser: Browser, url: string, settleMs: number, warm = false): Promise<LoadMetrics> {
  const page = await preparePage(browser);
  try {
    if (warm) {
      // A return visit: the scripts, styles and basemap are in this context's HTTP cache from a first load.
      const shown = markerSignal(page, 20_000);
      await page.goto(url, { waitUntil: 'load' });
      await shown;
      await page.waitForTimeout(500);
    }
    const shown = markerSignal(page, 20_000);
    await page.goto(url, { waitUntil: 'load' });
    await shown;
    // Let late layout shifts, the LCP candidate and long tasks after the marker show up.
    await page.waitForTimeout(settleMs);
    const b = await page.evaluate(() => (globalThis as unknown as { __bench: BenchState }).__bench);
    const markerAt = b.markerVisibleMs ?? Infinity;
    const jsBeforeMarkerBytes = await page.evaluate(
      (until) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.initiatorType !== 'fetch' && /\.js(\?|$)/.test(e.name) && e.responseEnd <= until)
          .reduce((sum, e) => sum + e.encodedBodySize, 0),
      markerAt,
    );
    const fcp = b.fcp ?? 0;
    const tbt = b.longTasks.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    return {
      markerVisibleMs: b.markerVisibleMs ?? NaN,
      jsBeforeMarkerBytes,
      fcpMs: fcp,
      lcpMs: b.lcp,
      tbtMs: tbt,
      cls: b.cls,
      basemaps: [...new Set(b.basemaps)],
    };
  } finally {
    await page.context().close();
  }
}

export async function measurePageSpeed(
  browser: Browser,
  baseUrl: string,
  page: string,
  runs: number,
  warm = false,
): Promise<PageSpeed> {
  // One unrecorded load first: next start compiles nothing, but its first render of a route warms caches.
  await oneLoad(browser, `${baseUrl}${page}`, 500);
  const results: LoadMetrics[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneLoad(browser, `${baseUrl}${page}`, 3000, warm));
  // A marker that never showed in some run makes the median "never" rather than a number of the others.
  const pick = (f: (m: LoadMetrics) => number) =>
    results.some((r) => Number.isNaN(f(r))) ? NaN : median(results.map(f));
  return {
    page,
    runs: results,
    median: {
      markerVisibleMs: pick((m) => m.markerVisibleMs),
      jsBeforeMarkerBytes: pick((m) => m.jsBeforeMarkerBytes),
      fcpMs: pick((m) => m.fcpMs),
      lcpMs: pick((m) => m.lcpMs),
      tbtMs: pick((m) => m.tbtMs),
      cls: pick((m) => m.cls),
      basemaps: results[0]?.basemaps ?? [],
    },
  };
}

export interface TickWork {
  page: string;
  cpuSlowdown: number;
  ticks: number;
  tickMedianMs: number;
  tickP90Ms: number;
  coreMedianMs: number;
  /** Chromium's own count of main-thread task time per second of wall clock, over the same window. */
  mainThreadMsPerSecond: number;
  tileMedianMs: number;
  tiles: number;
}

/**
 * The tick's main-thread work on an idle, loaded page: `seconds` of ticks after the map settled. With
 * `cpuSlowdown` > 1 Chromium throttles the CPU (DevTools' phone-like emulation).
 */
export async function measureTickWork(
  browser: Browser,
  baseUrl: string,
  page: string,
  seconds: number,
  cpuSlowdown = 1,
): Promise<TickWork> {
  const p = await preparePage(browser);
  try {
    const cdp = await p.context().newCDPSession(p);
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await cdp.send('Performance.enable');
    await p.goto(`${baseUrl}${page}`, { waitUntil: 'load' });
    await p.locator(MARKER).first().waitFor({ state: 'visible', timeout: 60_000 });
    await p.waitForTimeout(3000);
    const tiles = await p.evaluate(() => {
      const perf = (
        globalThis as unknown as { __orbitWatchPerf: { tickMs: number[]; coreMs: number[]; tileMs: number[] } }
      ).__orbitWatchPerf;
      const t = [...perf.tileMs];
      perf.tickMs.length = 0;
      perf.coreMs.length = 0;
      return t;
    });
    const taskSeconds = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
    };
    const before = await taskSeconds();
    const wallStart = Date.now();
    await p.waitForTimeout(seconds * 1000);
    const after = await taskSeconds();
    const wallS = (Date.now() - wallStart) / 1000;
    const perf = await p.evaluate(
      () => (globalThis as unknown as { __orbitWatchPerf: { tickMs: number[]; coreMs: number[] } }).__orbitWatchPerf,
    );
    const sorted = [...perf.tickMs].sort((a, b) => a - b);
    return {
      page,
      cpuSlowdown,
      ticks: perf.tickMs.length,
      tickMedianMs: median(perf.tickMs),
      tickP90Ms: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)] ?? NaN,
      coreMedianMs: median(perf.coreMs),
      mainThreadMsPerSecond: ((after - before) * 1000) / wallS,
      tileMedianMs: median(tiles),
      tiles: tiles.length,
    };
  } finally {
    await p.context().close();
  }
}

export interface TakeOver {
  page: string;
  cpuSlowdown: number;
  /** From the first input to the live map drawn (the picture gone), ms. */
  readyMs: number;
  /** Longest main-thread task in that time, and the blocking time of its tasks (each beyond 50 ms). */
  longestTaskMs: number;
  blockingMs: number;
}

/**
 * What the live map's take-over costs (components/map/take-over.ts): the page loaded and left alone for a second,
 * then a key press, as a visitor's first touch would; long tasks counted from the press until the live map has
 * drawn its basemap. CPU slowed like Lighthouse's phone.
 */
export async function measureTakeOver(
  browser: Browser,
  baseUrl: string,
  page: string,
  cpuSlowdown = 4,
): Promise<TakeOver> {
  const p = await preparePage(browser);
  try {
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const shown = markerSignal(p, 30_000);
    await p.goto(`${baseUrl}${page}`, { waitUntil: 'load' });
    await shown;
    await p.waitForTimeout(1000);
    const pressedAt = await p.evaluate(() => performance.now());
    await p.keyboard.press('Shift');
    await p.locator('[data-map-live="true"]').first().waitFor({ state: 'attached', timeout: 60_000 });
    const readyAt = await p.evaluate(() => performance.now());
    await p.waitForTimeout(500);
    const b = await p.evaluate(() => (globalThis as unknown as { __bench: BenchState }).__bench);
    const tasks = b.longTasks.filter(([start]) => start >= pressedAt).map(([, d]) => d);
    return {
      page,
      cpuSlowdown,
      readyMs: readyAt - pressedAt,
      longestTaskMs: tasks.length === 0 ? 0 : Math.max(...tasks),
      blockingMs: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await p.context().close();
  }
}
