// Figure 6: a page left running for days, compressed with Playwright's clock control. The page's clock is
// installed before it loads; `runFor` then fires every timer, tick and animation frame of each simulated
// hour in order, as fast as the page can run them. After forced garbage collection, the JS heap and Chromium's
// DOM node and event-listener counts (CDP Memory.getDOMCounters) are sampled every few simulated hours.
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './browser';
import { MARKER } from './page-speed';
import { median } from './stats';

export interface LongRunSample {
  simulatedHours: number;
  heapUsedMB: number;
  nodes: number;
  listeners: number;
  wallSeconds: number;
}

export interface LongRun {
  page: string;
  hours: number;
  samples: LongRunSample[];
  heapGrowthMB: number;
  nodesFlat: boolean;
  listenersFlat: boolean;
  ticksSeen: number;
}

const HOUR_MS = 3_600_000;

export async function measureLongRun(
  browser: Browser,
  baseUrl: string,
  page: string,
  hours: number,
  sampleEveryHours = 6,
  log: (line: string) => void = () => {},
): Promise<LongRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const p = await context.newPage();
  try {
    await p.addInitScript('globalThis.__orbitWatchPerf = { tickMs: [], frames: 0 };');
    await p.clock.install();
    const cdp = await context.newCDPSession(p);
    await p.goto(`${baseUrl}${page}`, { waitUntil: 'load' });
    await p.locator(MARKER).first().waitFor({ state: 'visible', timeout: 60_000 });
    // Ten simulated minutes to reach the steady state (lazy chunks, basemap, first track) before the baseline.
    await p.clock.runFor(600_000);
    await p.waitForTimeout(500);
    const started = Date.now();
    const sample = async (simulatedHours: number): Promise<LongRunSample> => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      // The tick pushes one number per tick into the perf sink: empty it so the sink does not count as growth.
      await p.evaluate(() => {
        const perf = (globalThis as unknown as { __orbitWatchPerf: { tickMs: number[]; seen?: number } }).__orbitWatchPerf;
        perf.seen = (perf.seen ?? 0) + perf.tickMs.length;
        perf.tickMs.length = 0;
      });
      const s = {
        simulatedHours,
        heapUsedMB: heap.usedSize / 1_048_576,
        nodes: dom.nodes,
        listeners: dom.jsEventListeners,
        wallSeconds: (Date.now() - started) / 1000,
      };
      log(`  long run ${page}: ${simulatedHours} h simulated, heap ${s.heapUsedMB.toFixed(2)} MB, ${s.nodes} nodes, ${s.listeners} listeners, ${s.wallSeconds.toFixed(0)} s wall`);
      return s;
    };
    const samples = [await sample(0)];
    for (let h = 1; h <= hours; h++) {
      await p.clock.runFor(HOUR_MS);
      // Let network answers (TLE refreshes) and rendering between the simulated hours happen.
      await p.waitForTimeout(50);
      if (h % sampleEveryHours === 0 || h === hours) samples.push(await sample(h));
    }
    const ticksSeen = await p.evaluate(
      () => (globalThis as unknown as { __orbitWatchPerf: { seen?: number } }).__orbitWatchPerf.seen ?? 0,
    );
    const first = samples[0] as LongRunSample;
    const last = samples[samples.length - 1] as LongRunSample;
    // Flat: the median of the last simulated day's samples is no higher than that of the first day. Counts move
    // by a few nodes with what the page shows (the next pass, a label); a leak climbs and moves the median.
    const day = Math.min(24, hours / 3);
    const dayMedian = (f: (s: LongRunSample) => number, from: number, to: number) =>
      median(samples.filter((s) => s.simulatedHours >= from && s.simulatedHours <= to).map(f));
    const flat = (f: (s: LongRunSample) => number) => dayMedian(f, hours - day, hours) <= dayMedian(f, 0, day);
    return {
      page,
      hours,
      samples,
      heapGrowthMB: last.heapUsedMB - first.heapUsedMB,
      nodesFlat: flat((s) => s.nodes),
      listenersFlat: flat((s) => s.listeners),
      ticksSeen,
    };
  } finally {
    await context.close();
  }
}
