import { type Page } from '@playwright/test';
import { REFERENCE_EPOCH, saveScreenshot } from './helpers';
import { expect, test } from './pinned-clock';

// What the pages say about how far a prediction may be off, at fixed moments against the embedded (reference)
// elements: fresh (1 h after their epoch), 10 days old and 57.5 days old (their age on 2026-12-06).
const EPOCH_MS = Date.parse(REFERENCE_EPOCH);
const at = (days: number) => new Date(EPOCH_MS + days * 86_400_000).toISOString();
const frozen = (days: number) => `t=${encodeURIComponent(at(days))}&speed=0`;
const LONDON = 'lat=51.5074&lon=-0.1278&name=London';
const AGES = [
  { name: 'fresh', days: 1 / 24 },
  { name: '10-days', days: 10 },
  { name: '57-days', days: 57.5 },
] as const;

const km = (text: string) => Number(text.replace(/[^\d.]/g, ''));
const mapState = (page: Page) => page.locator('[data-uncertainty]').first();

test('fresh elements: a marker, a bound of a couple of km, no band on the map', async ({ page }) => {
  await page.goto(`/?${frozen(1 / 24)}`);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await expect(page.getByTestId('position-bound')).toHaveText(/^±\s[1-5](\.\d)?\skm95 % bound/);
  await expect(mapState(page)).toHaveAttribute('data-uncertainty', 'within-marker');
  await expect(page.getByTestId('tle-bound')).toHaveText(
    /may be up to [1-5](\.\d)?\skm from the marker \(95 % bound\)\./,
  );
});

test('10-day-old elements: the stretch of track it may be on, and the figure in words', async ({ page }) => {
  await page.goto(`/?${frozen(10)}`);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  const bound = km((await page.getByTestId('position-bound').textContent())?.split('km')[0] ?? '');
  // The error model (lib/orbit/uncertainty.ts) at 10 days: a couple of thousand km, which real pairs reach.
  expect(bound).toBeGreaterThan(1000);
  expect(bound).toBeLessThan(5000);
  await expect(mapState(page)).toHaveAttribute('data-uncertainty', 'stretch');
  const band = page.locator('path.ow-uncertainty').first();
  await expect(band).toHaveAttribute('d', /M.+L/);
  const box = await band.boundingBox();
  expect(Math.max(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThan(16);
  await expect(page.getByTestId('tle-bound')).toContainText(
    `At 10 days old, the station may be up to ${bound.toLocaleString('en-US')}\u00a0km from the marker, and pass times by up to`,
  );
});

test('57-day-old elements: no marker, no position as fact, the whole orbit, and what would fix it', async ({
  page,
}) => {
  await page.goto(`/?${frozen(57.5)}`);
  await expect(page.getByTestId('cannot-place')).toContainText(/5[78] days old: they cannot place the station/);
  await expect(page.getByTestId('cannot-place')).toContainText('Fresh orbital elements would fix this');
  await expect(page.getByTestId('latitude')).toHaveText('unknown');
  await expect(page.getByTestId('longitude')).toHaveText('unknown');
  await expect(page.getByTestId('region')).toHaveText('unknown');
  await expect(page.getByTestId('position-bound')).toHaveCount(0);
  await expect(mapState(page)).toHaveAttribute('data-uncertainty', 'whole-orbit');
  await expect(page.getByTestId('station-marker')).toHaveCount(0);
  await expect(page.locator('path.ow-uncertainty').first()).toHaveAttribute('d', /M.+L/);
  await expect(page.getByTestId('tle-bound')).toContainText('cannot place the station');
});

test('passes: times carry their bound once it reaches half a minute, as the API says', async ({ page, request }) => {
  const from = at(8);
  await page.goto(`/passes?${LONDON}&${frozen(8)}`);
  await expect(page.getByTestId('pass-table')).not.toHaveAttribute('aria-busy', /.*/);
  const api = (await (
    await request.get(`/api/passes?${LONDON.replace('&name=London', '')}&from=${from}&days=10`)
  ).json()) as {
    passes: Array<{ rise: { time: string }; predictable: boolean; timeUncertaintySeconds: number }>;
  };
  const predictable = api.passes.filter((p) => p.predictable);
  expect(predictable.length).toBeGreaterThan(0);
  expect(predictable.length).toBeLessThan(api.passes.length);
  const rows = page.getByTestId('pass-row');
  await expect(rows).toHaveCount(predictable.length);
  const rises = await rows.evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('data-rise') ?? '')));
  expect(rises).toHaveLength(predictable.length);
  rises.forEach((rise, i) => expect(Math.abs(rise - Date.parse(predictable[i]?.rise.time ?? ''))).toBeLessThan(5));
  // Every row whose bound is at least 30 s says so.
  const bounded = predictable.filter((p) => p.timeUncertaintySeconds >= 30).length;
  await expect(page.getByTestId('time-bound')).toHaveCount(bounded);
  await expect(page.getByTestId('tle-warning')).toContainText(/\d+ of these \d+ passes cannot be predicted/);
});

test('passes: with 57-day-old elements none is given as a time, and the page says fresh elements are needed', async ({
  page,
}) => {
  await page.goto(`/passes?${LONDON}&${frozen(57.5)}`);
  await expect(page.getByTestId('tle-warning')).toContainText(
    /None of these passes can be predicted: with elements 5[78] days old/,
  );
  await expect(page.getByTestId('tle-warning')).toContainText('Fresh orbital elements are needed');
  await expect(page.getByTestId('no-passes')).toBeVisible();
  await expect(page.getByTestId('pass-row')).toHaveCount(0);
  await expect(page.getByTestId('countdown')).toHaveCount(0);
});

test('display: never a countdown to a pass that cannot be predicted', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/display?${LONDON}&${frozen(57.5)}`);
  await expect(page.getByTestId('cannot-place')).toContainText('cannot place the station');
  await expect(page.getByTestId('latitude')).toHaveText('unknown');
  await expect(page.getByTestId('pass-unpredictable')).toContainText('None of these passes can be predicted');
  await expect(page.getByTestId('pass-countdown')).toHaveCount(0);
  await expect(page.getByTestId('station-marker')).toHaveCount(0);
});

test('display: 10-day-old elements show the position bound and the countdown bound', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/display?${LONDON}&${frozen(10)}`);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await expect(page.getByTestId('position-bound')).toHaveText(/position ±\s\d,\d{3}\skm/);
  await expect(page.getByTestId('pass-countdown')).toBeVisible();
  await expect(page.getByTestId('pass-bound')).toHaveText(/±\s\d+\smin/);
});

/** The basemap is drawn once the region under the station is known; with no place for it, give it the time. */
async function settle(page: Page, days: number): Promise<void> {
  if (days < 40) await expect(page.getByTestId('region')).not.toHaveText('…');
  await page.waitForTimeout(days < 40 ? 600 : 2000);
}

for (const { name, days } of AGES) {
  test(`screenshots of the three pages with ${name} elements`, async ({ page }) => {
    for (const [size, label] of [
      [{ width: 1440, height: 900 }, 'desktop'],
      [{ width: 390, height: 844 }, 'phone'],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`/?${frozen(days)}`);
      await expect(page.getByTestId('tle-bound')).toBeVisible();
      await settle(page, days);
      await saveScreenshot(page, `truth-live-${name}-${label}`);
      await page.goto(`/passes?${LONDON}&${frozen(days)}`);
      await expect(page.getByTestId('tle-bound')).toBeVisible();
      await page.waitForTimeout(600);
      await saveScreenshot(page, `truth-passes-${name}-${label}`);
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/display?${LONDON}&${frozen(days)}`);
    await expect(page.getByTestId('display-telemetry')).toBeVisible();
    await settle(page, days);
    await saveScreenshot(page, `truth-display-${name}`);
  });
}
