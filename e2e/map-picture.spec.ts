import type { Locator, Page } from '@playwright/test';
import { expect, test } from './pinned-clock';
import { loadFixture } from './helpers';

// Issue 18: every map page first shows the server's (or, on /passes, the planner's) picture of the map, drawn
// without Leaflet, and Leaflet takes over at the first input or once the page has settled. The hand-over must not
// move what the picture showed, the picture must work with no script at all, and it must pass the CSP.

interface Sample {
  t: string;
  lat_deg: number;
  lon_deg: number;
}
const sample = loadFixture<{ samples: Sample[] }>('groundtrack-e2e.json').samples[1] as Sample;
/** Time stopped, so the station is where it was when the page was drawn, to the pixel. */
const frozen = `t=${encodeURIComponent(sample.t)}&speed=0`;
const LONDON = 'lat=51.5074&lon=-0.1278&name=London';

test.use({ mapAtLoad: false });

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return { x: (box?.x ?? NaN) + (box?.width ?? NaN) / 2, y: (box?.y ?? NaN) + (box?.height ?? NaN) / 2 };
}

/**
 * Where the picture put the station, then where Leaflet puts it after the first input: the same place. Measured from
 * the map's box, which /display moves by a few pixels now and then (burn-in protection).
 */
async function expectSeamlessHandOver(page: Page, box: Locator, pictureDot: Locator, liveDot: Locator) {
  await expect(pictureDot).toBeVisible();
  // The live map is not built before an input or the page settling.
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  const before = await offsetIn(box, pictureDot);
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-map-live="true"]')).toHaveCount(1);
  await expect(page.getByTestId('map-picture')).toHaveCount(0);
  const after = await offsetIn(box, liveDot);
  expect(Math.abs(after.x - before.x), 'across').toBeLessThan(1.5);
  expect(Math.abs(after.y - before.y), 'down').toBeLessThan(1.5);
}

async function offsetIn(box: Locator, locator: Locator): Promise<{ x: number; y: number }> {
  const [origin, centre] = [await box.boundingBox(), await centreOf(locator)];
  return { x: centre.x - (origin?.x ?? NaN), y: centre.y - (origin?.y ?? NaN) };
}

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`/ at ${width}x${height}: the picture hands over to the live map without moving the station`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/?${frozen}`);
    await expectSeamlessHandOver(
      page,
      page.locator('[data-map-live]'),
      page.getByTestId('map-picture').locator('[data-part="dot"]'),
      page.getByTestId('station-marker').locator('[data-part="dot"]'),
    );
  });
}

test('/display at 1920x1080: the station and the venue stay where the picture put them', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/display?${LONDON}&${frozen}`);
  const map = page.getByTestId('display-map');
  const pictureVenue = await offsetIn(map, page.getByTestId('map-picture').locator('[class*="observer"]'));
  await expectSeamlessHandOver(
    page,
    map,
    page.getByTestId('map-picture').locator('[data-part="dot"]'),
    page.getByTestId('station-marker').locator('[data-part="dot"]'),
  );
  const liveVenue = await offsetIn(map, page.getByRole('img', { name: 'Your location' }));
  expect(Math.abs(liveVenue.x - pictureVenue.x)).toBeLessThan(1.5);
  expect(Math.abs(liveVenue.y - pictureVenue.y)).toBeLessThan(1.5);
});

test('/passes: the chosen pass is drawn before Leaflet, and the map takes over at the first input', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/passes?${LONDON}&${frozen}`);
  const picture = page.getByTestId('pass-detail').getByTestId('map-picture');
  await expect(picture).toBeVisible();
  // The pass, the observer and their circle.
  await expect(picture.locator('path[stroke-width="5"]')).toHaveAttribute('d', /^M/);
  await expect(picture.locator('ellipse')).toHaveCount(1);
  const before = await centreOf(picture.locator('[class*="observer"]'));
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-testid="pass-detail"] .leaflet-container')).toBeVisible();
  await expect(picture).toHaveCount(0);
  const after = await centreOf(page.getByTestId('pass-detail').getByRole('img', { name: 'Your location' }));
  expect(Math.abs(after.x - before.x)).toBeLessThan(1.5);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1.5);
});

test('without any input the live map takes over once the page has settled', async ({ page }) => {
  await page.goto(`/?${frozen}`);
  await expect(page.getByTestId('map-picture')).toBeVisible();
  await expect(page.getByTestId('station-marker')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('map-picture')).toHaveCount(0);
});

test.describe('with no script at all', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is drawn, centred on the station, within the CSP', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/content security policy|refused to/i.test(m.text())) refused.push(m.text());
    });
    await page.setViewportSize({ width: 390, height: 844 });
    const basemap = page.waitForResponse((r) => r.url().endsWith('/basemap/world-110m.svg'));
    await page.goto(`/?${frozen}`);
    const picture = page.getByTestId('map-picture');
    await expect(picture).toBeVisible();
    expect((await basemap).headers()['content-type']).toContain('image/svg+xml');
    const box = await picture.boundingBox();
    const dot = await centreOf(picture.locator('[data-part="dot"]'));
    // Following the station: centred across; up and down as far as the world's edges allow (here, the middle).
    expect(Math.abs(dot.x - ((box?.x ?? NaN) + (box?.width ?? NaN) / 2))).toBeLessThan(1);
    await expect(picture.locator('path[d^="M"]')).not.toHaveCount(0);
    expect(refused).toEqual([]);
  });
});
