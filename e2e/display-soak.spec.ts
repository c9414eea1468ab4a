import { type CDPSession, type Page } from '@playwright/test';
import { expect, test } from './pinned-clock';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTleText } from '../lib/tle';
import { trackInFlight } from './helpers';

// Each test installs the clock at a moment of its own.
test.use({ pinClock: false });

/**
 * No growth: /display run for 24 simulated hours under Playwright's clock (1 Hz ticks, burn-in steps, panel rotation,
 * build polls, and a TLE refresh every 30 minutes that alternates between two real element sets, so the satrec,
 * track and pass search are rebuilt each time). After GC, the JS heap, the DOM node count and the event listener
 * count must end within 10 % of where they were after the first simulated hour.
 */
const HOURS = 24;

// With the service worker installed and in control of the page (issue 17): the TLE refreshes then pass through it,
// so they are routed for the whole context, where Playwright also sees the worker's own requests.
test.use({ serviceWorkers: 'allow' });
const TOLERANCE = 0.1;

const iss = parseTleText(readFileSync(join(__dirname, '..', 'test-support', 'fixtures', 'tles.txt'), 'utf8')).filter(
  (t) => t.noradId === 25544,
);
const pick = (day: string) => {
  const tle = iss.find((t) => new Date(t.epochMs).toISOString().startsWith(day));
  if (!tle) throw new Error(`no ISS set on ${day} in test-support/fixtures/tles.txt`);
  return {
    name: tle.name,
    noradId: tle.noradId,
    line1: tle.line1,
    line2: tle.line2,
    epoch: new Date(tle.epochMs).toISOString(),
    ageDays: 0,
    source: 'live',
    fetchedAt: new Date(tle.epochMs).toISOString(),
  };
};
const SETS = [pick('2026-10-08'), pick('2026-10-09')];

interface Sample {
  heapUsedBytes: number;
  domNodes: number;
  listeners: number;
  documents: number;
}

async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    heapUsedBytes: heap.usedSize,
    domNodes,
    listeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}

// Steps of 280, 280 and 340 s: an hour in twelve, each ending at another point of the 60 s panel cycle.
const STEPS_S = [280, 280, 340];

/** One simulated hour: most of each step jumped over (due timers fire once), its last ten seconds run tick by tick. */
async function runHour(page: Page, slidesSeen: Set<string>, settle: () => Promise<void>): Promise<void> {
  for (let i = 0; i < 12; i += 1) {
    await page.clock.fastForward(((STEPS_S[i % 3] ?? 300) - 10) * 1000);
    await settle();
    for (let s = 0; s < 10; s += 1) {
      await page.clock.runFor(1_000);
      await settle();
    }
    slidesSeen.add((await page.locator('[data-slide][data-active="true"]').getAttribute('data-slide')) ?? 'none');
  }
}

test('24 simulated hours on /display: heap, DOM nodes and listeners stay within 10 % of hour one', async ({ page }) => {
  test.setTimeout(15 * 60_000);
  const wallStart = Date.now();
  await page.setViewportSize({ width: 1920, height: 1080 });
  let refreshes = 0;
  let failedRequests = 0;
  page.on('requestfailed', () => (failedRequests += 1));
  const settle = trackInFlight(page);
  await page.context().route('**/api/tle', (route) => {
    refreshes += 1;
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(SETS[refreshes % 2]) });
  });
  await page.clock.install({ time: new Date('2026-10-10T00:00:00Z') });
  await page.goto(
    '/display?lat=-33.87&lon=151.21&name=Sydney&tz=Australia/Sydney&panels=station:20,year-2021:20,fleet:20',
  );
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect(page.getByTestId('station-marker')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  const cdp = await page.context().newCDPSession(page);

  const slidesSeen = new Set<string>();
  await runHour(page, slidesSeen, settle);
  const first = await sample(page, cdp);
  for (let hour = 2; hour <= HOURS; hour += 1) await runHour(page, slidesSeen, settle);
  const last = await sample(page, cdp);
  const wallSeconds = (Date.now() - wallStart) / 1000;

  // The day really happened: the clock, the refreshes and the rotation all moved on.
  await expect(page.getByTestId('clock-utc')).toHaveText(/^00:0\d:\d\d$/);
  await expect(page.getByTestId('clock-utc')).toHaveAttribute('datetime', /^2026-10-11T/);
  expect(failedRequests).toBe(0);
  expect(refreshes).toBeGreaterThanOrEqual(HOURS * 2 - 2); // every 30 minutes
  expect(refreshes).toBeLessThanOrEqual(HOURS * 2 + 2); // and not more: a healthy screen does not hammer the server
  expect([...slidesSeen].sort()).toEqual(['fleet', 'station', 'year-2021']);
  await expect(page.getByTestId('offline-notice')).toHaveCount(0);

  const report = { hours: HOURS, wallSeconds: Math.round(wallSeconds), tleRefreshes: refreshes, first, last };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/display-soak.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(`display soak: ${JSON.stringify(report)}`);

  expect(last.heapUsedBytes).toBeLessThanOrEqual(first.heapUsedBytes * (1 + TOLERANCE));
  expect(last.domNodes).toBeLessThanOrEqual(first.domNodes * (1 + TOLERANCE));
  expect(last.listeners).toBeLessThanOrEqual(first.listeners * (1 + TOLERANCE));
  expect(Math.abs(last.domNodes - first.domNodes)).toBeLessThanOrEqual(first.domNodes * TOLERANCE);
  expect(last.documents).toBe(first.documents);
});
