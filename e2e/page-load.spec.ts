import { type Page } from '@playwright/test';
import { expect, test } from './pinned-clock';

// How the pages arrive: rendered by the server (figures readable before any script runs), hydrated without a
// mismatch (a mismatch makes React throw the server's HTML away and draw it again), and without content jumping
// about as the browser fills in what only it knows (the saved or linked location, the zone).

/** A zone other than the server's, so that anything zone-dependent would differ between server and browser. */
const serverZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const browserZone = serverZone === 'Pacific/Auckland' ? 'America/Denver' : 'Pacific/Auckland';
test.use({ timezoneId: browserZone });

const LONDON = 'lat=51.5074&lon=-0.1278&name=London';

/** Uncaught errors and console errors, e.g. React's "Minified React error #418" (hydration text mismatch). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Sum of layout-shift scores without recent input, from the page's own PerformanceObserver (buffered). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<
            PerformanceEntry & { value: number; hadRecentInput: boolean }
          >) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 100);
      }),
  );
}

async function loadAndSettle(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // /passes shows a map only once it has a location.
  if (path !== '/passes') await expect(page.getByTestId('station-marker').first()).toBeVisible();
  else await expect(page.getByTestId('location-panel')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('the live page comes from the server with the figures in it', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/data-testid="latitude"[^>]*>\d+\.\d\d° [NS]</);
  expect(html).toMatch(/data-testid="speed"[^>]*>[\d,]+ km\/h</);
  expect(html).toContain('Orbital elements');
});

test('the display comes from the server with its panels and figures in it', async ({ request }) => {
  const html = await (await request.get(`/display?${LONDON}`)).text();
  expect(html).toMatch(/data-testid="latitude"[^>]*>\d+\.\d\d° [NS]</);
  expect(html).toContain('data-testid="display-panels"');
  expect(html).toContain('Next visible pass');
});

for (const path of [
  '/',
  '/?t=2026-10-09T20:20:00Z&speed=0',
  `/passes?${LONDON}`,
  '/passes',
  '/display',
  `/display?${LONDON}`,
]) {
  test(`${path} hydrates without a mismatch, in a zone other than the server's`, async ({ page }) => {
    const errors = collectErrors(page);
    await loadAndSettle(page, path);
    // Let a tick or two pass: a late re-render after a recoverable error would show up here.
    await page.waitForTimeout(1500);
    expect(errors.filter((e) => !/favicon/i.test(e))).toEqual([]);
  });
}

test('/ does not shift as the browser reads the saved location', async ({ page }) => {
  await loadAndSettle(page, '/');
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('/passes with a shared location does not shift as the browser reads it', async ({ page }) => {
  await loadAndSettle(page, `/passes?${LONDON}`);
  await expect(page.getByTestId('pass-detail')).toBeVisible();
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

for (const width of [360, 390, 412]) {
  test(`/passes with a shared location does not shift on a ${width}-px phone`, async ({ page }) => {
    await page.setViewportSize({ width, height: 823 });
    await loadAndSettle(page, `/passes?${LONDON}`);
    await expect(page.getByTestId('pass-detail')).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });
}

test('/display does not shift while it comes to life', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await loadAndSettle(page, `/display?${LONDON}`);
  expect(await layoutShift(page)).toBeLessThan(0.01);
});
