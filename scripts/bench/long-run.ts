// Figure 6: a page left running for days, compressed with Playwright's clock control. The page's clock is
// installed before it loads; `runFor` then fires every timer, tick and animation frame of each simulated
// hour in order, as fast as the page can run them. After forced garbage collection, the JS heap and Chromium's
// DOM node and event-listener counts (CDP Memory.getDOMCounters) are sampled every simulated hour, with the
// part of them that belongs to the basemap's tiles (see flat.ts for why, and for the "flat" verdict).
import type { Browser, CDPSession, Page } from '@playwright/test';
import { VIEWPORT } from './browser';
import { flatness, type Flatness } from './flat';
import { MARKER } from './page-speed';

export interface LongRunSample {
  simulatedHours: number;
  heapUsedMB: number;
  nodes: number;
  listeners: number;
  /** Basemap tiles in the document, and the nodes and event listeners that belong to them. */
  tiles: number;
  tileNodes: number;
  tileListeners: number;
  wallSeconds: number;
}

export interface LongRun {
  page: string;
  hours: number;
  samples: LongRunSample[];
  heapGrowthMB: number;
  nodes: Flatness;
  listeners: Flatness;
  ticksSeen: number;
}

const HOUR_MS = 3_600_000;
const TILE_SELECTOR = '.leaflet-tile';
const GROUP = 'bench-long-run';

/** The basemap tiles' share of the counts: each tile's subtree, and the listeners CDP finds on those nodes. */
async function tileShare(
  p: Page,
  cdp: CDPSession,
): Promise<{ tiles: number; tileNodes: number; tileListeners: number }> {
  const { tiles, tileNodes } = await p.evaluate((selector) => {
    const found = document.querySelectorAll(selector);
    let nodes = 0;
    for (const tile of found) {
      const walker = document.createTreeWalker(tile, NodeFilter.SHOW_ALL);
      nodes += 1;
      while (walker.nextNode()) nodes += 1;
    }
    return { tiles: found.length, tileNodes: nodes };
  }, TILE_SELECTOR);
  let tileListeners = 0;
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `Array.from(document.querySelectorAll('${TILE_SELECTOR}'), (tile) => [tile, ...tile.querySelectorAll('*')]).flat()`,
      objectGroup: GROUP,
    });
    if (result.objectId) {
      const { result: items } = await cdp.send('Runtime.getProperties', {
        objectId: result.objectId,
        ownProperties: true,
      });
      for (const item of items) {
        if (!/^\d+$/.test(item.name) || !item.value?.objectId) continue;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: item.value.objectId });
        tileListeners += listeners.length;
      }
    }
  } finally {
    // The handles above hold the tiles: released, they cannot keep pruned tiles alive between samples.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP });
  }
  return { tiles, tileNodes, tileListeners };
}

export async function measureLongRun(
  browser: Browser,
  baseUrl: string,
  page: string,
  hours: number,
  logEveryHours = 6,
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
      const share = await tileShare(p, cdp);
      // The tick pushes one number per tick into the perf sink: empty it so the sink does not count as growth.
      await p.evaluate(() => {
        const perf = (globalThis as unknown as { __orbitWatchPerf: { tickMs: number[]; seen?: number } })
          .__orbitWatchPerf;
        perf.seen = (perf.seen ?? 0) + perf.tickMs.length;
        perf.tickMs.length = 0;
      });
      const s = {
        simulatedHours,
        heapUsedMB: heap.usedSize / 1_048_576,
        nodes: dom.nodes,
        listeners: dom.jsEventListeners,
        ...share,
        wallSeconds: (Date.now() - started) / 1000,
      };
      if (simulatedHours % logEveryHours === 0 || simulatedHours === hours) {
        log(
          `  long run ${page}: ${simulatedHours} h simulated, heap ${s.heapUsedMB.toFixed(2)} MB, ${s.nodes} nodes, ` +
            `${s.listeners} listeners (${s.tiles} tiles: ${s.tileNodes} nodes, ${s.tileListeners} listeners), ${s.wallSeconds.toFixed(0)} s wall`,
        );
      }
      return s;
    };
    const samples = [await sample(0)];
    for (let h = 1; h <= hours; h++) {
      await p.clock.runFor(HOUR_MS);
      // Let network answers (TLE refreshes) and rendering between the simulated hours happen.
      await p.waitForTimeout(50);
      samples.push(await sample(h));
    }
    const ticksSeen = await p.evaluate(
      () => (globalThis as unknown as { __orbitWatchPerf: { seen?: number } }).__orbitWatchPerf.seen ?? 0,
    );
    const first = samples[0] as LongRunSample;
    const last = samples[samples.length - 1] as LongRunSample;
    return {
      page,
      hours,
      samples,
      heapGrowthMB: last.heapUsedMB - first.heapUsedMB,
      nodes: flatness(
        samples.map((x) => ({ simulatedHours: x.simulatedHours, total: x.nodes, tiles: x.tileNodes })),
        hours,
      ),
      listeners: flatness(
        samples.map((x) => ({ simulatedHours: x.simulatedHours, total: x.listeners, tiles: x.tileListeners })),
        hours,
      ),
      ticksSeen,
    };
  } finally {
    await context.close();
  }
}
