import { type Page } from '@playwright/test';
import { expect, test } from './pinned-clock';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTleText } from '../lib/tle';
import { announceNewBuild, runBuildChecks, saveScreenshot, trackInFlight } from './helpers';

// Each test installs the clock at a moment of its own.
test.use({ pinClock: false });

/**
 * /display, the public-screen page. The browser clock is Playwright's, set to an evening in Sydney with a visible pass
 * 19 minutes away (reference TLE, the server's embedded default): 2026-10-10, pass visible from 08:59:29 UTC.
 */
const BEFORE_PASS = '2026-10-10T08:40:00Z';
const DURING_PASS = '2026-10-10T09:01:30Z';
const VENUE = 'lat=-33.87&lon=151.21&name=Sydney%20Observatory&tz=Australia/Sydney';

async function openDisplay(page: Page, query: string, time: string): Promise<void> {
  await page.clock.install({ time: new Date(time) });
  await page.goto(`/display?${query}`);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await expect(page.getByTestId('region')).not.toHaveText('…');
}

async function scrollOverflow(page: Page) {
  return page.evaluate(() => {
    const d = document.documentElement;
    const b = document.body;
    return {
      x: Math.max(d.scrollWidth - d.clientWidth, b.scrollWidth - b.clientWidth),
      y: Math.max(d.scrollHeight - d.clientHeight, b.scrollHeight - b.clientHeight),
    };
  });
}

const fontPx = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test(`at ${size.width}x${size.height}: every card, no scrollbars, no cursor, large figures`, async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.setViewportSize(size);
    await openDisplay(page, VENUE, BEFORE_PASS);
    for (const id of [
      'display-map',
      'display-clocks',
      'display-telemetry',
      'display-next-pass',
      'display-panels',
      'tle-badge',
    ]) {
      await expect(page.getByTestId(id), id).toBeVisible();
    }
    await expect(page.getByTestId('pass-countdown')).toHaveText(/^in 19 min \d\d s$/);
    await expect(page.getByTestId('pass-path')).toContainText('up to');
    await expect(page.getByTestId('clock-utc')).toHaveText(/^08:40:\d\d$/);
    await expect(page.getByTestId('clock-local')).toHaveText(/^19:40:\d\d$/); // AEDT, UTC+11
    await expect(page.getByTestId('tle-badge')).toHaveAttribute('data-freshness', 'fresh');
    await expect(page.getByTestId('config-notice')).toHaveCount(0);
    await expect(page.locator('[data-slide][data-active="true"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, `display-${size.width}x${size.height}`);

    expect(await scrollOverflow(page)).toEqual({ x: 0, y: 0 });
    expect(refused, 'no CSP violation (burn-in and panel fit set styles through the CSSOM only)').toEqual([]);
    expect(await page.getByTestId('display').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
    expect(await page.locator('.leaflet-container').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
    await expect(page.getByRole('button')).toHaveCount(0);
    // Everything the room reads fits inside the screen.
    for (const id of ['display-clocks', 'display-telemetry', 'display-next-pass', 'display-panels', 'tle-badge']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x, id).toBeGreaterThanOrEqual(0);
      expect(box!.y, id).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(size.width);
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(size.height);
    }
    if (size.height === 1080) {
      for (const id of [
        'latitude',
        'longitude',
        'altitude',
        'speed',
        'region',
        'lighting',
        'clock-utc',
        'clock-local',
        'pass-countdown',
      ]) {
        expect(await fontPx(page, id), id).toBeGreaterThanOrEqual(24);
      }
    }
  });
}

for (const size of [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
]) {
  test(`on a phone held upright (${size.width}x${size.height}): figures fit their columns, the map stays a map`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openDisplay(page, VENUE, BEFORE_PASS);
    await saveScreenshot(page, `display-${size.width}x${size.height}`);
    expect(await scrollOverflow(page)).toEqual({ x: 0, y: 0 });
    // A nowrap figure wider than its column spills over its neighbour: its content is wider than its box.
    for (const id of ['latitude', 'longitude', 'altitude', 'speed', 'clock-utc', 'clock-local', 'pass-countdown']) {
      const spill = await page.getByTestId(id).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(spill, id).toBeLessThanOrEqual(0);
      expect(await fontPx(page, id), id).toBeGreaterThanOrEqual(20);
    }
    const boxes = await Promise.all(
      ['latitude', 'longitude', 'altitude', 'speed'].map((id) => page.getByTestId(id).boundingBox()),
    );
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `figures ${i} and ${j} do not overlap`).toBe(true);
      }
    }
    const map = await page.getByTestId('display-map').boundingBox();
    expect(map!.height, 'the map keeps a fifth of the screen').toBeGreaterThanOrEqual(size.height * 0.2);
    // The legend and the basemap credit sit at the map's bottom edge: inside the box, not clipped by it.
    for (const [what, locator] of [
      ['legend', page.getByTestId('display-map').getByText('next orbit')],
      ['credit', page.getByTestId('display-map').locator('.leaflet-control-attribution')],
    ] as const) {
      const box = await locator.boundingBox();
      expect(box, what).not.toBeNull();
      expect(box!.y + box!.height, `${what} inside the map`).toBeLessThanOrEqual(map!.y + map!.height);
    }
    await expect(page.getByTestId('station-marker')).toBeInViewport();
    for (const id of ['display-clocks', 'display-telemetry', 'display-next-pass', 'tle-badge']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(size.height);
    }
    // The story keeps a place while the phone is tall enough for it beside a useful map.
    if (size.height > 760) await expect(page.getByTestId('display-panels')).toBeVisible();
    else await expect(page.getByTestId('display-panels')).toBeHidden();
  });
}

test.describe('a screen whose machine is set to London', () => {
  test.use({ timezoneId: 'Europe/London' });

  test("without tz the clock, pass times and daily reload are in the venue's zone, found from lat/lon", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openDisplay(page, 'lat=-33.87&lon=151.21&name=Sydney%20Observatory&reload=03:30', BEFORE_PASS);
    await expect(page.getByTestId('display-clocks')).toContainText('Local · Sydney');
    await expect(page.getByTestId('clock-local')).toHaveText(/^19:40:\d\d$/); // AEDT, not the machine's BST (09:40)
    await expect(page.getByTestId('config-notice')).toHaveCount(0);
  });
});

test('invalid parameters: defaults, a small notice, and a working screen', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDisplay(
    page,
    'lat=-33.87&lon=151.21&units=furlongs&tz=Mars/Olympus&theme=neon&panels=weather:10&orbits=99',
    BEFORE_PASS,
  );
  const notice = page.getByTestId('config-notice');
  await expect(notice).toBeVisible();
  for (const param of ['units', 'tz', 'theme']) await expect(notice).toContainText(param);
  await expect(notice).toContainText('and 2 more');
  // The bad tz falls back to the venue's own zone, not the screen's.
  await expect(page.getByTestId('clock-local')).toHaveText(/^19:40:\d\d$/);
  // Defaults in force: metric, dark, every panel; the rest of the screen is all there.
  await expect(page.getByTestId('speed')).toContainText('km/h');
  await expect(page.getByTestId('display')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-slide]')).toHaveCount(3);
  await expect(page.getByTestId('pass-countdown')).toBeVisible();
  // Small: a corner of the map, not a cover over it.
  const box = await notice.boundingBox();
  expect(box!.width * box!.height).toBeLessThan(0.1 * 1920 * 1080);
  await saveScreenshot(page, 'display-invalid-params');
});

test('imperial units, high contrast, no panels', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDisplay(page, `${VENUE}&units=imperial&theme=high-contrast&panels=none&orbits=1`, BEFORE_PASS);
  await expect(page.getByTestId('speed')).toContainText('mph');
  await expect(page.getByTestId('altitude')).toContainText('mi');
  await expect(page.getByTestId('display')).toHaveAttribute('data-theme', 'high-contrast');
  await expect(page.getByTestId('display-panels')).toHaveCount(0);
  expect(await page.getByTestId('display').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  expect(await scrollOverflow(page)).toEqual({ x: 0, y: 0 });
  await saveScreenshot(page, 'display-1280x720-high-contrast');
});

test('during a visible pass the card says where to look', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDisplay(page, VENUE, DURING_PASS);
  await expect(page.getByTestId('pass-now')).toContainText(/Look up now:\s*[NESW]{1,3}, \d{1,2}° up/);
  await expect(page.getByTestId('sky-dome-now')).toBeVisible();
  await saveScreenshot(page, 'display-look-up-now');
});

test('the countdown runs into the pass and the panels take turns', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.install({ time: new Date('2026-10-10T08:59:00Z') });
  await page.goto(`/display?${VENUE}&panels=station:10,fleet:10`);
  await expect(page.getByTestId('pass-countdown')).toHaveText(/^in (\d+ s|1 min \d\d s)$/);
  const active = () => page.locator('[data-slide][data-active="true"]').getAttribute('data-slide');
  const first = await active();
  await page.clock.runFor(10_000);
  expect(await active()).not.toBe(first);
  await page.clock.runFor(10_000);
  expect(await active()).toBe(first);
  await page.clock.runFor(40_000);
  await expect(page.getByTestId('pass-now')).toBeVisible();
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 720 },
]) {
  test(`at ${size.width}x${size.height} each panel fits its box when it comes on`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.clock.install({ time: new Date(BEFORE_PASS) });
    await page.goto(`/display?${VENUE}&panels=station:10,year-2021:10,fleet:10`);
    await expect(page.getByTestId('station-marker')).toBeVisible();
    const seen = new Set<string>();
    for (let turn = 0; turn < 3; turn += 1) {
      await page.clock.runFor(2_000); // past the cross-fade
      const state = await page.getByTestId('display-panels').evaluate((box) => {
        const slides = [...box.querySelectorAll<HTMLElement>('[data-slide]')];
        const shown = slides.filter((s) => s.dataset.active === 'true');
        const slide = shown[0]!;
        return {
          id: slide.dataset.slide!,
          shown: shown.length,
          overflow: slide.scrollHeight - slide.clientHeight,
          fit: Number(slide.dataset.fit),
        };
      });
      expect(state.shown).toBe(1);
      // Fits, or is at the smallest type allowed (then cut at the foot rather than unreadable).
      if (state.fit > 0.62) expect(state.overflow, state.id).toBeLessThanOrEqual(1);
      expect(state.fit, state.id).toBeGreaterThanOrEqual(0.62);
      seen.add(state.id);
      await page.clock.runFor(8_000);
    }
    expect([...seen].sort()).toEqual(['fleet', 'station', 'year-2021']);
  });
}

test('panels off screen are not laid out, except the one fading out after a switch', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDisplay(page, `${VENUE}&panels=station:10,year-2021:10,fleet:10`, BEFORE_PASS);
  const layout = (): Promise<Record<string, string>> =>
    page
      .getByTestId('display-panels')
      .evaluate((box) =>
        Object.fromEntries(
          [...box.querySelectorAll<HTMLElement>('[data-slide]')].map((s) => [
            s.dataset.slide,
            `${s.dataset.active === 'true' ? 'on' : 'off'} ${getComputedStyle(s).contentVisibility}`,
          ]),
        ),
      );
  // The server shows the panel on show by its own clock, this browser's clock is elsewhere (BEFORE_PASS): the page
  // corrects the server's choice as it comes to life, without a fade and without leaving a panel laid out.
  const before = await layout();
  const on = Object.keys(before).find((id) => before[id]?.startsWith('on'));
  expect(Object.values(before).sort()).toEqual(['off hidden', 'off hidden', 'on visible']);
  // Past the next switch, still inside the 1.4 s cross-fade of the panel going off.
  let after = before;
  for (let i = 0; i < 120 && after[on ?? ''] === before[on ?? '']; i += 1) {
    await page.clock.runFor(100);
    after = await layout();
  }
  expect(after[on ?? '']).toBe('off visible');
  expect(Object.values(after).sort()).toEqual(['off hidden', 'off visible', 'on visible']);
});

test('offline for an hour: keeps moving, says so, recovers by itself', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const settle = trackInFlight(page);
  await openDisplay(page, VENUE, BEFORE_PASS);
  const latitude = () => page.getByTestId('latitude').getAttribute('data-value');
  const before = await latitude();

  let aborted = 0;
  await page.route('**/api/**', (route) => {
    aborted += 1;
    return route.abort('internetdisconnected');
  });
  // An hour in steps: jump most of each five minutes, then run ten seconds of ticks and retries for real.
  for (let i = 0; i < 12; i += 1) {
    await page.clock.fastForward('04:50');
    await page.clock.runFor(10_000);
  }
  expect(aborted).toBeGreaterThanOrEqual(12); // version polls and TLE retries, all refused
  await expect(page.getByTestId('offline-notice')).toContainText(/^Offline since 19:4\d/); // local (AEDT) time
  expect(await latitude()).not.toBe(before);
  await expect(page.getByTestId('clock-utc')).toHaveText(/^09:40:\d\d$/);

  await page.unroute('**/api/**');
  const answered: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.ok()) answered.push(new URL(response.url()).pathname);
  });
  // Until both the build check and the TLE refresh (retried at most five minutes apart) have been answered: two
  // answers of one kind are not enough, the fake clock must run on until the other is due.
  await runBuildChecks(page, settle, 3, () => answered.includes('/api/version') && answered.includes('/api/tle'));
  await expect(page.getByTestId('offline-notice')).toHaveCount(0);
  expect(answered).toContain('/api/version');
  expect(answered).toContain('/api/tle'); // the TLE refresh retried too
});

test('a new deployment reloads the screen once', async ({ page }) => {
  await openDisplay(page, VENUE, BEFORE_PASS);
  let loads = 0;
  page.on('load', () => (loads += 1));
  await announceNewBuild(page);
  await expect.poll(() => loads).toBe(1);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  // The server keeps answering that build while this page is still the old one (a stale cache): no second reload.
  for (let i = 0; i < 2; i += 1) {
    await page.clock.fastForward('05:00');
    await page.clock.runFor(2_000);
  }
  expect(loads).toBe(1);
});

/** A real ISS set from test-support/fixtures/tles.txt as /api/tle would send it. */
function tleReport(day: string) {
  const all = parseTleText(readFileSync(join(__dirname, '..', 'test-support', 'fixtures', 'tles.txt'), 'utf8'));
  const tle = all.find((t) => t.noradId === 25544 && new Date(t.epochMs).toISOString().startsWith(day));
  if (!tle) throw new Error(`no ISS set on ${day}`);
  const epoch = new Date(tle.epochMs).toISOString();
  return {
    name: tle.name,
    noradId: tle.noradId,
    line1: tle.line1,
    line2: tle.line2,
    epoch,
    ageDays: 0,
    source: 'live',
    fetchedAt: epoch,
  };
}

test('a new TLE replaces the old one; the September 2026 reboost is noted on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const sets = [tleReport('2026-08-25'), tleReport('2026-09-06')];
  let served = 0;
  await page.route('**/api/tle', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(sets[Math.min(served++, 1)]) }),
  );
  await openDisplay(page, VENUE, '2026-09-06T18:00:00Z');
  await expect(page.getByTestId('orbit-change')).toHaveCount(0);
  // First refresh: the pre-burn set replaces the built-in one (a month newer): a big move, the orbit not raised.
  await page.clock.fastForward('30:00');
  await page.clock.runFor(2_000);
  await expect(page.getByTestId('tle-badge')).toContainText('live');
  await expect(page.getByTestId('orbit-change')).toHaveAttribute('data-kind', 'correction');
  // Second: the set after the burn. The prediction moves by thousands of km and the orbit is higher: a reboost.
  await page.clock.fastForward('30:00');
  await page.clock.runFor(2_000);
  const note = page.getByTestId('orbit-change');
  await expect(note).toHaveAttribute('data-kind', 'reboost');
  await expect(note).toContainText(/raise the orbit by about \d\.\d km; the predicted position moved [\d,]+ km/);
  await saveScreenshot(page, 'display-reboost');
  // The note stays a while, then goes.
  await page.clock.fastForward('05:00:00');
  await page.clock.runFor(2_000);
  await expect(note).toBeVisible();
  await page.clock.fastForward('01:10:00');
  await page.clock.runFor(2_000);
  await expect(note).toHaveCount(0);
});

test('a calm cross-fade between panels, and none with prefers-reduced-motion', async ({ page }) => {
  await openDisplay(page, VENUE, BEFORE_PASS);
  const fadeSeconds = () =>
    page
      .locator('[data-slide]')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(await fadeSeconds()).toBeGreaterThanOrEqual(1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await fadeSeconds()).toBeLessThan(0.05);
});

test('the daily reload happens at the chosen quiet hour, in the venue zone', async ({ page }) => {
  // 03:29:50 in Sydney (AEST, UTC+10, before the October DST change) is 17:29:50 UTC the day before.
  await openDisplay(page, `${VENUE}&reload=03:30`, '2026-09-06T17:29:50Z');
  let loads = 0;
  page.on('load', () => (loads += 1));
  await page.clock.runFor(5_000);
  expect(loads).toBe(0);
  await page.clock.runFor(10_000);
  await expect.poll(() => loads).toBe(1);
  await expect(page.getByTestId('station-marker')).toBeVisible();
});

test('asks for a screen wake lock, and again when the page is shown after being hidden', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as {
      wakeRequests: number;
      visibility: DocumentVisibilityState;
      lastLock: EventTarget & { released: boolean };
    };
    w.wakeRequests = 0;
    w.visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { get: () => w.visibility });
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async () => {
          w.wakeRequests += 1;
          const lock = Object.assign(new EventTarget(), {
            released: false,
            type: 'screen',
            release: async () => void (lock.released = true),
          });
          w.lastLock = lock;
          return lock;
        },
      },
    });
  });
  await openDisplay(page, VENUE, BEFORE_PASS);
  await expect.poll(() => page.evaluate(() => (window as unknown as { wakeRequests: number }).wakeRequests)).toBe(1);
  await page.evaluate(() => {
    const w = window as unknown as { visibility: string; lastLock: { released: boolean } };
    w.visibility = 'hidden';
    w.lastLock.released = true; // the browser drops the lock with the page hidden
    document.dispatchEvent(new Event('visibilitychange'));
    w.visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { wakeRequests: number }).wakeRequests)).toBe(2);
});

test('burn-in: the layout shifts a few pixels every few minutes', async ({ page }) => {
  await openDisplay(page, VENUE, BEFORE_PASS);
  const frame = page.locator('[data-burn-in]');
  const offsets = new Set<string>();
  for (let i = 0; i < 4; i += 1) {
    const value = (await frame.getAttribute('data-burn-in')) ?? '';
    const [x, y] = value.split(',').map(Number);
    expect(Math.abs(x ?? 99)).toBeLessThanOrEqual(4);
    expect(Math.abs(y ?? 99)).toBeLessThanOrEqual(4);
    offsets.add(value);
    await page.clock.fastForward('03:00');
    await page.clock.runFor(1_000);
  }
  expect(offsets.size).toBe(4);
});

test('a machine clock corrected mid-run: clocks and countdown follow at once', async ({ page }) => {
  await openDisplay(page, VENUE, BEFORE_PASS);
  await expect(page.getByTestId('pass-countdown')).toHaveText(/^in 19 min/);
  // Set back 40 minutes (an NTP correction after a long offline spell).
  await page.clock.setSystemTime(new Date('2026-10-10T08:00:00Z'));
  await page.clock.runFor(1_500);
  await expect(page.getByTestId('clock-utc')).toHaveText(/^08:00:0\d$/);
  await expect(page.getByTestId('pass-countdown')).toHaveText(/^in 59 min/);
  // Forward past the whole pass: the card moves on to the next visible one instead of showing a stale countdown.
  await page.clock.setSystemTime(new Date('2026-10-10T09:30:00Z'));
  await page.clock.runFor(1_500);
  await expect(page.getByTestId('clock-local')).toHaveText(/^20:30:0\d$/);
  await expect(page.getByTestId('pass-countdown')).toHaveText(/^in (\d+ d \d\d h|\d+ h \d\d min)$/);
});
