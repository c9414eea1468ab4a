import { type Page } from '@playwright/test';
import { expect, test } from './pinned-clock';

// Issue 18 (phones first): /display draws the 50m Natural Earth coastline on large screens and the 110m one on
// phones, where the extra detail is under a pixel and costs 190 KiB and most of the page's main-thread time. The
// page names both files with the media query of their screens and fetches only the one that matches, so a phone
// downloads one file, and the "over <country>" label reads the same file as the map. The file is requested right
// after the first paint rather than with the HTML (components/map/basemap-after-paint.tsx).

const LONDON = 'lat=51.5074&lon=-0.1278&name=London';

/** Basemap files the page requested (preload and fetch share one request when they match). */
function basemapRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const match = /\/basemap\/(countries-\w+\.json)$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) files.push(match[1]);
  });
  return files;
}

declare function timeline(): { fcp: number | null; basemaps: number[] };

async function openDisplay(page: Page): Promise<void> {
  await page.goto(`/display?${LONDON}`);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  // The label reads the basemap: once it names a place, every basemap the page wants has arrived.
  await expect(page.getByTestId('region')).not.toHaveText('…');
  await page.waitForLoadState('networkidle');
}

for (const { size, expected } of [
  { size: { width: 390, height: 844 }, expected: 'countries-110m.json' },
  { size: { width: 1440, height: 900 }, expected: 'countries-50m.json' },
  { size: { width: 1080, height: 1920 }, expected: 'countries-50m.json' },
]) {
  test(`/display at ${size.width}x${size.height} fetches only ${expected}`, async ({ page }) => {
    await page.setViewportSize(size);
    const files = basemapRequests(page);
    await openDisplay(page);
    expect([...new Set(files)]).toEqual([expected]);
    // One download: the preload's response is the one the map and the label use.
    expect(files.filter((f) => f === expected)).toHaveLength(1);
    // The map drew land from it (the vector basemap's tiles are canvases with pixels on them).
    await expect(page.locator('[data-testid="display-map"] .leaflet-tile-loaded').first()).toBeVisible();
  });
}

for (const path of ['/', `/display?${LONDON}`]) {
  test(`${path.split('?')[0]}: the basemap is requested after the first paint, not with the HTML`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Observed from the page's own timeline (Playwright's clock replaces performance.getEntries*).
    await page.addInitScript(() => {
      const seen = { fcp: null as number | null, basemaps: [] as number[] };
      const observe = (type: string, fn: (e: PerformanceEntry) => void) =>
        new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
      observe('paint', (e) => {
        if (e.name === 'first-contentful-paint') seen.fcp = e.startTime;
      });
      observe('resource', (e) => {
        // The Natural Earth data; the picture's own basemap image (world-110m.svg) is part of the first paint.
        if (e.name.includes('/basemap/countries-')) seen.basemaps.push(e.startTime);
      });
      Object.assign(window, { timeline: () => seen });
    });
    await page.goto(path);
    await expect(page.getByTestId('station-marker')).toBeVisible();
    // The HTML as served (page.content() would include the preload added after the first paint).
    const html = await (await page.request.get(path)).text();
    expect(html).not.toMatch(/<link[^>]+href="\/basemap\//);
    expect(html).toMatch(/<meta name="orbit-watch-basemap" content="\/basemap\/countries-110m\.json"/);
    await expect.poll(() => page.evaluate(() => timeline().basemaps.length)).toBe(1);
    const { fcp, basemaps } = await page.evaluate(() => timeline());
    expect(fcp).not.toBeNull();
    expect(basemaps).toHaveLength(1);
    for (const start of basemaps) expect(start).toBeGreaterThan(fcp ?? Infinity);
  });
}
