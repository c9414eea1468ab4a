import { expect, pinnedNowMs, test } from './pinned-clock';

// Issue 18: a page paints from the server's HTML and CSS alone, then loads its scripts (server/http/paint-first.mjs).
// The browser's own reports decide: no build script is requested before the first contentful paint, nor before the
// map's picture (its largest element, marked `elementtiming`) is reported painted. And the page still comes to life.

const LONDON = 'lat=51.5074&lon=-0.1278&name=London';

// Playwright's clock replaces `performance`, whose resource timings this test reads: the moment comes by `?t=` instead.
test.use({ mapAtLoad: false, pinClock: false });
const at = () => `t=${encodeURIComponent(new Date(pinnedNowMs()).toISOString())}`;

interface Timeline {
  fcp: number | null;
  picture: number | null;
  scripts: number[];
}

for (const { url, picture, alive } of [
  { url: '/?', picture: true, alive: '[data-map-live="true"]' },
  { url: `/display?${LONDON}&`, picture: true, alive: '[data-map-live="true"]' },
  { url: `/passes?${LONDON}&`, picture: false, alive: '[data-testid="pass-sentence"]' },
]) {
  test(`${url.replace(/[?&]$/, '')}: scripts are requested after the first paint, and the page comes to life`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __painted: Record<string, number> };
      w.__painted = {};
      const note = (list: PerformanceObserverEntryList) => {
        for (const entry of list.getEntries()) {
          const id = (entry as PerformanceEntry & { identifier?: string }).identifier ?? entry.name;
          w.__painted[id] ??= entry.startTime;
        }
      };
      new PerformanceObserver(note).observe({ type: 'paint', buffered: true });
      new PerformanceObserver(note).observe({ type: 'element', buffered: true });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url + at());
    // Alive: the live map after an input, or the planner's passes.
    await expect(async () => {
      await page.keyboard.press('Shift');
      await expect(page.locator(alive).first()).toBeVisible({ timeout: 500 });
    }).toPass();
    const timeline = await page.evaluate((): Timeline => {
      const painted = (window as unknown as { __painted: Record<string, number> }).__painted;
      return {
        fcp: painted['first-contentful-paint'] ?? null,
        picture: painted['map-picture'] ?? null,
        scripts: performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.startsWith('/_next/static/') && e.name.endsWith('.js'))
          .map((e) => e.startTime),
      };
    });
    expect(timeline.scripts.length, 'build scripts loaded').toBeGreaterThan(3);
    expect(timeline.fcp).not.toBeNull();
    const firstScript = Math.min(...timeline.scripts);
    expect(firstScript, 'first script request after the first contentful paint').toBeGreaterThan(timeline.fcp ?? NaN);
    if (picture) {
      expect(timeline.picture, "the map picture's paint was reported").not.toBeNull();
      expect(firstScript, 'first script request after the picture painted').toBeGreaterThan(timeline.picture ?? NaN);
    }
    expect(errors).toEqual([]);
  });
}

test("every build script in Next's HTML is held, and the starter carries the page's CSP nonce", async ({ request }) => {
  // Against the real build: a Next upgrade that writes its tags differently fails here, not silently in Lighthouse.
  for (const url of ['/', `/passes?${LONDON}`, `/display?${LONDON}`, '/no-such-page']) {
    const res = await request.get(url, { headers: { accept: 'text/html' } });
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce, url).toBeTruthy();
    const unheld = html.match(/<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*\basync[^>]*>/g) ?? [];
    const preloads = html.match(/<link\b[^>]*rel="preload"[^>]*as="script"[^>]*>/g) ?? [];
    expect(unheld, url).toEqual([]);
    expect(preloads, url).toEqual([]);
    expect(html, url).toMatch(/type="application\/x-orbit-watch-after-paint" data-src="\/_next\/static\/chunks\//);
    expect(html, url).toContain(`<script nonce="${nonce}">(function startScriptsAfterPaint`);
  }
});
