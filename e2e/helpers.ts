import { expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startNextServer, type RunningServer } from '../scripts/load/server';

/** The reference TLE is also the embedded default, so the offline server propagates exactly it. */
export const REFERENCE_EPOCH = '2026-10-09T19:42:49.139Z';

/** Every request the page makes, so a test can prove nothing leaves the app's origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
}

/** Great-circle distance on a sphere, enough to compare a marker with a reference point. */
export function groundDistanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, '..', 'test-support', 'fixtures', name), 'utf8')) as T;
}

/**
 * Requests in flight, so the fake clock is never moved while the server's answer is on its way: otherwise the
 * page's 8 s request timeout would fire on fake time before a real answer could arrive.
 */
export function trackInFlight(page: Page): () => Promise<void> {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  return async () => {
    await expect.poll(() => inFlight, { timeout: 10_000, intervals: [5, 10, 25, 50] }).toBe(0);
  };
}

/** The production build served by the launcher on a free 127.0.0.1 port, with `env` on top of the offline defaults. */
export async function startBuiltServer(env: Record<string, string>, workers = 1): Promise<RunningServer> {
  return startNextServer({
    cwd: process.cwd(),
    distDir: process.env.NEXT_DIST_DIR || '.next',
    port: await freePort(),
    readyTimeoutMs: 60_000,
    workers,
    env,
  });
}

/**
 * Up to `rounds` build checks of the display (5 minutes apart) on the fake clock, while `until()` is false: most of
 * each five minutes jumped over, then ten seconds run tick by tick, never moving the clock while an answer is on its
 * way (the page's 8 s request timeout would fire on fake time).
 */
export async function runBuildChecks(
  page: Page,
  settle: () => Promise<void>,
  rounds: number,
  until: () => Promise<boolean> | boolean,
): Promise<void> {
  for (let i = 0; i < rounds && !(await until()); i += 1) {
    await page.clock.fastForward('04:50');
    await settle();
    for (let s = 0; s < 10; s += 1) {
      await page.clock.runFor(1_000);
      await settle();
    }
  }
}

/** The server now answers a newer build to the display's five-minute check, and that check comes round. */
export async function announceNewBuild(page: Page): Promise<void> {
  await page.route('**/api/version', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ buildId: 'a-newer-build', version: '9.9.9' }),
    }),
  );
  await page.clock.fastForward('05:00');
  await page.clock.runFor(2_000);
}
