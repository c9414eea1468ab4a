import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, findChromium } from './chromium';
import { announceNewBuild, runBuildChecks, saveScreenshot, trackInFlight } from './helpers';
import { pinnedNowMs } from './pinned-clock';

/**
 * Issue 17: a display screen that cannot be killed. The service worker, the self-healing error path and the reload on
 * a new build, proven with a real browser profile kept on disk (a kiosk's), a server that is really stopped and
 * started again, and the page's fake clock (Sydney, an evening with a visible pass, as in display.spec.ts).
 */
test.use({ serviceWorkers: 'allow' });

const BEFORE_PASS = '2026-10-10T08:40:00Z';
const DISPLAY = '/display?lat=-33.87&lon=151.21&name=Sydney%20Observatory&tz=Australia/Sydney';
/** A server of this spec's own, beside the suite's (E2E_PORT), so it can be stopped and started. */
const OWN_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const OWN_ORIGIN = `http://127.0.0.1:${OWN_PORT}`;

/** The server's health answer, or null when nothing answers within two seconds. */
const health = () => fetch(`${OWN_ORIGIN}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['server/http/start.mjs', '-p', String(OWN_PORT), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      WEB_CONCURRENCY: '1',
      DATA_DIR: './test-results/kiosk-data',
      TLE_SOURCE: 'embedded',
    },
    stdio: 'ignore',
  });
  await expect.poll(async () => (await health())?.status ?? 0, { timeout: 30_000, intervals: [250] }).toBe(200);
  return server;
}

/** As a power cut of the server would: no goodbye, connections refused from now on. */
async function killServer(server: ChildProcess): Promise<void> {
  const exited = server.exitCode === null ? new Promise((resolve) => server.once('exit', resolve)) : Promise.resolve();
  server.kill('SIGKILL');
  await exited;
  await expect.poll(async () => (await health()) === null).toBe(true);
}

/** The kiosk's browser, on the suite's pinned timeline (e2e/pinned-clock.ts), as the server is. */
async function launchKiosk(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_FLAGS,
    baseURL: OWN_ORIGIN,
    viewport: { width: 1920, height: 1080 },
    serviceWorkers: 'allow',
  });
  await context.clock.install({ time: pinnedNowMs() });
  return context;
}

async function openDisplay(page: Page): Promise<void> {
  await page.goto(DISPLAY);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await expect(page.getByTestId('region')).not.toHaveText('…');
}

const latitude = (page: Page) => page.getByTestId('latitude').getAttribute('data-value');

/** The worker is active and controls this page (it never claims the page that installed it: the next load). */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await openDisplay(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
}

test('server down and browser restarted: the display boots from the worker, moves, says offline, recovers by itself', async () => {
  test.setTimeout(150_000);
  const profile = mkdtempSync(join(tmpdir(), 'orbit-kiosk-'));
  let server: ChildProcess | null = await startServer();
  let context: BrowserContext | null = null;
  try {
    // First boot, online: the worker installs, then the next load is served through it and keeps its copies.
    context = await launchKiosk(profile);
    await context.clock.install({ time: new Date(BEFORE_PASS) });
    let page = context.pages()[0] ?? (await context.newPage());
    await openDisplay(page);
    await untilControlled(page);
    await expect
      .poll(() =>
        page.evaluate(async () => (await caches.match('/api/tle', { cacheName: 'orbit-watch-tle' }))?.status ?? 0),
      )
      .toBe(200);
    await expect(page.getByTestId('offline-notice')).toHaveCount(0);

    // Power cut: the server is gone and the browser restarts on its own profile.
    await killServer(server);
    server = null;
    await context.close();
    context = await launchKiosk(profile);
    await context.clock.install({ time: new Date(BEFORE_PASS) });
    page = context.pages()[0] ?? (await context.newPage());
    const documentStatus: number[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') documentStatus.push(response.status());
    });
    await openDisplay(page);
    expect(documentStatus).toEqual([200]); // from the worker's copy, not the browser's error page
    await expect(page.getByTestId('offline-notice')).toContainText(/^Offline since 19:40/); // local (AEDT) time
    await expect(page.getByTestId('tle-badge')).toBeVisible();
    const before = await latitude(page);
    await page.clock.runFor(10_000);
    await expect.poll(() => latitude(page)).not.toBe(before);
    await expect(page.getByTestId('clock-utc')).toHaveText(/^08:40:1\d$/);
    await page.waitForTimeout(500); // let the map paint its tiles before the picture
    await saveScreenshot(page, 'kiosk-offline-boot-1920x1080');

    // The server comes back: within one build check (5 minutes) the notice goes, with no reload and no click.
    server = await startServer();
    let loads = 0;
    page.on('load', () => (loads += 1));
    const settle = trackInFlight(page);
    await runBuildChecks(page, settle, 2, async () => (await page.getByTestId('offline-notice').count()) === 0);
    await expect(page.getByTestId('offline-notice')).toHaveCount(0);
    expect(loads).toBe(0);
    await expect(page.getByTestId('station-marker')).toBeVisible();
    await saveScreenshot(page, 'kiosk-recovered-1920x1080');
  } finally {
    await context?.close();
    if (server) await killServer(server);
    rmSync(profile, { recursive: true, force: true });
  }
});

test('every page opens offline after one visit', async () => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'orbit-kiosk-'));
  let server: ChildProcess | null = await startServer();
  let context: BrowserContext | null = null;
  try {
    context = await launchKiosk(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Served through the worker now: the elements asked for go to the server (no copy mark) and a copy is kept.
    await page.goto('/');
    expect(
      await page.evaluate(
        async () => 'cachedCopyAt' in (await (await fetch('/api/tle', { cache: 'no-store' })).json()),
      ),
    ).toBe(false);
    await killServer(server);
    server = null;
    for (const [path, testId, size] of [
      ['/', 'station-marker', { width: 1440, height: 900 }],
      ['/passes', 'location-panel', { width: 390, height: 844 }],
      ['/display', 'station-marker', { width: 1920, height: 1080 }],
    ] as const) {
      await page.setViewportSize(size);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByTestId(testId), path).toBeVisible();
      if (path === '/') {
        // A refresh answered from the worker's copy is no refresh: the badge says the server cannot be reached.
        await page.clock.fastForward('30:05'); // the page's half-hourly refresh
        await expect(page.getByTestId('tle-badge')).toContainText(
          "Could not refresh (the server cannot be reached; this browser's saved copy is in use)",
        );
      }
      await saveScreenshot(page, `kiosk-offline-${path.slice(1) || 'live'}-${size.width}x${size.height}`);
    }
    // The map's picture draws its basemap offline too (the worker precaches the image).
    expect(
      await page.evaluate(async () => {
        const response = await fetch('/basemap/world-110m.svg');
        return [response.status, (await response.text()).startsWith('<svg')];
      }),
    ).toEqual([200, true]);
    // Offline, the elements come from the worker's copy, marked as one.
    const copy = await page.evaluate(
      async () =>
        (await (await fetch('/api/tle', { cache: 'no-store' })).json()) as { cachedCopyAt?: string; line1?: string },
    );
    expect(copy.line1).toMatch(/^1 25544U/);
    expect(Date.parse(copy.cachedCopyAt ?? '')).not.toBeNaN();
  } finally {
    await context?.close();
    if (server) await killServer(server);
    rmSync(profile, { recursive: true, force: true });
  }
});

/** The display on the fake clock, with its console lines about itself and a count of its loads from now on. */
async function watchDisplay(page: Page): Promise<{ log: string[]; loads: () => number }> {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const log: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('[orbit-watch] display')) log.push(message.text());
  });
  let loads = 0;
  page.on('load', () => (loads += 1));
  await page.clock.install({ time: new Date(BEFORE_PASS) });
  await page.goto(DISPLAY);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  return { log, loads: () => loads };
}

test('an injected render error on /display recovers without a click: in place, then by reloads', async ({ page }) => {
  const { log, loads } = await watchDisplay(page);
  const inject = (renders: number) =>
    page.evaluate(
      (n) => window.dispatchEvent(new CustomEvent('orbit-watch:test-render-fault', { detail: { renders: n } })),
      renders,
    );

  // A passing fault (two renders: React itself renders once more after a throw before it gives up to the boundary):
  // rendered again five seconds later.
  await inject(2);
  await expect(page.getByTestId('display-recovering')).toBeVisible();
  await expect(page.getByTestId('display-recovering')).toHaveAttribute('data-step', 'retry');
  await saveScreenshot(page, 'kiosk-recovering-1920x1080');
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, 'kiosk-recovering-390x844');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('display-recovering')).toHaveCount(0);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  expect(loads()).toBe(1);

  // A fault that outlives two retries in place: the page reloads itself, ten seconds later.
  await inject(10);
  await expect(page.getByTestId('display-recovering')).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('display-recovering')).toHaveAttribute('data-step', 'reload');
  await page.clock.runFor(10_000);
  await expect.poll(loads).toBe(2);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await expect(page.getByTestId('display-recovering')).toHaveCount(0);
  expect(log.some((line) => /render again \(attempt 1\) in 5 s/.test(line))).toBe(true);
  expect(log.some((line) => /reload \(attempt 1\) in 10 s/.test(line))).toBe(true);
});

test('a stopped tick is noticed by the watchdog: one reload after a minute, and the screen moves again', async ({
  page,
}) => {
  const { log, loads } = await watchDisplay(page);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('orbit-watch:test-tick-fault')));
  // Playwright's fake clock hands a timer's exception to whichever runFor fired it: that one is the injected fault.
  const run = (ms: number) =>
    page.clock.runFor(ms).catch((error: unknown) => {
      if (!String(error).includes('injected tick fault')) throw error;
    });
  await run(3_000);
  const frozen = await page.getByTestId('clock-utc').textContent();
  await run(30_000);
  await expect(page.getByTestId('clock-utc')).toHaveText(frozen ?? ''); // the heartbeat is dead: a still picture
  expect(loads()).toBe(1);
  await run(45_000);
  await expect.poll(loads).toBe(2);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  const after = await page.getByTestId('clock-utc').textContent();
  await page.clock.runFor(3_000);
  await expect(page.getByTestId('clock-utc')).not.toHaveText(after ?? '');
  expect(log).toEqual([expect.stringContaining('display watchdog: no tick for a minute, reloading')]);
});

test('a new deployment, with the worker in control: exactly one reload, and the new page is served', async ({
  page,
}) => {
  await page.clock.install({ time: new Date(BEFORE_PASS) });
  await page.goto(DISPLAY);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect(page.getByTestId('station-marker')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // The worker stored this very document (network first); a document from its copy would carry the same nonce.
  const nonceOf = () => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '');
  const nonceBefore = await nonceOf();
  expect(nonceBefore).not.toBe('');
  let loads = 0;
  page.on('load', () => (loads += 1));
  const documents: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document')
      documents.push(response.headers()['content-security-policy'] ?? '');
  });
  await announceNewBuild(page);
  await expect.poll(() => loads).toBe(1);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  // The reload fetched a fresh document from the server (network first): a new nonce, not the worker's copy.
  expect(documents).toHaveLength(1);
  const nonceAfter = await nonceOf();
  expect(nonceAfter).not.toBe('');
  expect(nonceAfter).not.toBe(nonceBefore);
  expect(documents[0]).toContain(`'nonce-${nonceAfter}'`);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  for (let i = 0; i < 2; i += 1) {
    await page.clock.fastForward('05:00');
    await page.clock.runFor(2_000);
  }
  expect(loads).toBe(1);
});

test('the manifests make the site and the display installable', async ({ page, request }) => {
  await page.goto('/');
  expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
  // The favicon's link stays (without it browsers ask for /favicon.ico, a 404), and iOS gets its home-screen icon.
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  await page.goto(DISPLAY);
  expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/display.webmanifest');
  for (const [path, display] of [
    ['/manifest.webmanifest', 'standalone'],
    ['/display.webmanifest', 'fullscreen'],
  ] as const) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as { display: string; icons: { src: string }[] };
    expect(manifest.display).toBe(display);
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  }
  // Chromium's own verdict on installing the display page (manifest, icons, worker).
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test context is an incognito profile, where Chromium installs nothing whatever the page: the one error left.
  expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
  const sw = await request.get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['content-type']).toMatch(/javascript/);
});
