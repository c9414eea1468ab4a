import { readFileSync } from 'node:fs';
import { type Page, type Request } from '@playwright/test';
import { expect, test } from './pinned-clock';
import { loadFixture, saveScreenshot } from './helpers';

interface RefPass {
  rise: string;
  set: string;
  culmination: string;
  max_elevation_deg: number;
  part_visible_geometric?: { any_part_visible: boolean; visible_max_el_deg?: number };
}
/** "Visible" means a person can see it: the reference's visible part climbs to 10 degrees. */
const referenceVisible = (ref: RefPass) =>
  !!ref.part_visible_geometric?.any_part_visible && (ref.part_visible_geometric.visible_max_el_deg ?? -90) >= 10;
const london = loadFixture<{ observer: { lat_deg: number; lon_deg: number }; window_end: string; passes: RefPass[] }>(
  'passes-london.json',
);

// The reference epoch, frozen: the offline server propagates the embedded (reference) TLE.
const AT = '2026-10-09T19:42:49Z';
const PAGE = `/passes?t=${AT}&speed=0`;

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Everything a request carries that could hold the location: address, body and headers. */
function requestText(request: Request): string {
  return [request.url(), request.postData() ?? '', ...Object.values(request.headers())].join('\n');
}

function recordAll(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

async function typeLondon(page: Page) {
  await page.getByTestId('coord-lat').fill(String(london.observer.lat_deg));
  await page.getByTestId('coord-lon').fill(String(london.observer.lon_deg));
  await page.getByTestId('coord-submit').click();
  await expect(page.getByTestId('pass-row').first()).toBeVisible();
  // The rows past the first screenful come in a render of their own.
  await expect(page.getByTestId('pass-table')).not.toHaveAttribute('aria-busy', /.*/);
}

test('typed London coordinates list the reference passes in order, in London time, and nothing carries the location', async ({
  page,
}) => {
  const requests = recordAll(page);
  await page.goto(PAGE);
  await typeLondon(page);

  const rows = page.getByTestId('pass-row');
  await expect(rows).toHaveCount(Number(await page.getByTestId('pass-table').getAttribute('data-rows')));
  const rises = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-rise') ?? ''));
  // The reference keeps passes culminating inside the window; the page may add one still under way at its end.
  const inWindow = rises.filter((iso) => Date.parse(iso) < Date.parse(london.window_end));
  expect(inWindow.length).toBeGreaterThanOrEqual(london.passes.length);
  const shownTimes = await page.getByTestId('rise-time').allTextContents();
  const labels = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-visible')));
  london.passes.forEach((ref, i) => {
    expect(labels[i], `visible label ${i}`).toBe(String(referenceVisible(ref)));
    const ourMs = Date.parse(rises[i] ?? '');
    expect(Math.abs(ourMs - Date.parse(ref.rise)), `rise ${i}`).toBeLessThan(1000);
    // Displayed to the second in Europe/London (BST in October): the reference time, give or take that second.
    const accepted = [-1000, 0, 1000].map((d) => londonTime.format(Date.parse(ref.rise) + d));
    expect(accepted, `shown rise ${i}`).toContain(shownTimes[i]);
  });
  await expect(page.getByTestId('zone-name')).toHaveText('Times: London time, BST');
  await expect(rows.first()).toContainText('BST');

  // The next pass, with its countdown from the frozen time (first reference rise is 12 h 35 min after it).
  const toFirstMs = Date.parse(london.passes[0]!.rise) - Date.parse(AT);
  const h = Math.floor(toFirstMs / 3_600_000);
  const m = Math.floor((toFirstMs % 3_600_000) / 60_000);
  await expect(page.getByTestId('countdown')).toHaveText(`in ${h} h ${String(m).padStart(2, '0')} min`);

  // UTC switch: the same rise, in UTC.
  await page.getByTestId('utc-switch').click();
  await expect(page.getByTestId('rise-time').first()).toHaveText(new Date(rises[0]!).toISOString().slice(11, 19));
  await expect(page.getByTestId('zone-name')).toHaveText('Times: UTC');

  await page.waitForLoadState('networkidle');
  const leaks = requests.map(requestText).filter((text) => /51\.5|-0\.12|0\.1278|51%2E5/i.test(text));
  expect(leaks).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});

test('a visible pass shows its sky chart, sentence and map; the .ics files download and parse', async ({ page }) => {
  await page.goto(PAGE);
  await typeLondon(page);
  const visibleRows = page.locator('[data-testid="pass-row"][data-visible="true"]');
  expect(await visibleRows.count()).toBeGreaterThan(0);
  // The last visible one comes out of the Earth's shadow four minutes after it rises.
  await visibleRows.last().click();

  const chart = page.getByTestId('sky-chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-label', /Sky chart of the pass/);
  await expect(chart.locator('[data-kind="visible"]').first()).toBeVisible();
  await expect(chart.locator('[data-kind="shadow"]').first()).toBeVisible(); // dawn pass: out of the shadow mid-way
  await expect(chart.getByTestId('sky-appear')).toBeVisible();
  await expect(chart.getByTestId('sky-arrow')).toBeVisible();
  await expect(page.getByTestId('pass-sentence')).toHaveText(
    /^(Appears \d+° above [NESW]{1,3}, rises|Rises in the [NESW]{1,3}, climbs) to \d+°, (vanishes \d+° above|sets in the) [NESW]{1,3}\.$/,
  );
  await expect(page.locator('[data-testid="pass-detail"] .leaflet-container')).toBeVisible();

  const [one] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics-one').click()]);
  expect(one.suggestedFilename()).toMatch(/^iss-pass-2026-10-\d\d-\d{4}Z\.ics$/);
  const oneText = readFileSync((await one.path())!, 'utf8');
  const oneEvents = parseIcs(oneText);
  expect(oneEvents).toHaveLength(1);

  const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics-all').click()]);
  const events = parseIcs(readFileSync((await all.path())!, 'utf8'));
  expect(events).toHaveLength(await visibleRows.count());
  const firstVisibleRise = Date.parse((await visibleRows.first().getAttribute('data-rise'))!);
  expect(events[0]!.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
  const start = Date.parse(
    events[0]!.DTSTART!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  // The event starts when the pass becomes visible: after the rise, before the set.
  expect(start).toBeGreaterThanOrEqual(firstVisibleRise - 1000);
  expect(start - firstVisibleRise).toBeLessThan(15 * 60_000);
  expect(events[0]!.SUMMARY).toMatch(/ISS \(ZARYA\) visible pass: max \d+°/);
  expect(events[0]!.TRIGGER).toBe('-PT10M');
  expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
});

/** A small RFC 5545 reader: CRLF lines, unfolded, each VEVENT's properties by name. */
function parseIcs(text: string): Array<Record<string, string>> {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      current[name] ??= line.slice(colon + 1);
    }
  }
  expect(text).toContain('VERSION:2.0');
  return events;
}

test('geolocation refused: the page says so and offers the other ways', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, timezoneId: 'Europe/London', permissions: [] });
  const page = await context.newPage();
  await page.goto(PAGE);
  await page.getByTestId('use-my-location').click();
  await expect(page.getByTestId('geo-message')).toContainText('Location access was refused');
  await expect(page.getByTestId('geo-message')).toContainText('search for a place or type coordinates');
  await expect(page.getByTestId('pass-row')).toHaveCount(0);
  await context.close();
});

test('geolocation granted: passes for the device position', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    timezoneId: 'Europe/London',
    permissions: ['geolocation'],
    geolocation: { latitude: london.observer.lat_deg, longitude: london.observer.lon_deg },
  });
  const page = await context.newPage();
  await page.goto(PAGE);
  await page.getByTestId('use-my-location').click();
  await expect(page.getByTestId('observer-summary')).toContainText('from your device');
  await expect(page.getByTestId('pass-row').first()).toHaveAttribute('data-rise', /^2026-10-10T08:18:3[45]/);
  await context.close();
});

test('invalid coordinates are explained next to the field', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByTestId('coord-lat').fill('95');
  await page.getByTestId('coord-lon').fill('west');
  await page.getByTestId('coord-submit').click();
  await expect(page.getByTestId('coord-lat')).toHaveAttribute('aria-invalid', 'true');
  const latMessage = await page.getByTestId('coord-lat').getAttribute('aria-describedby');
  await expect(page.locator(`[id="${latMessage}"]`)).toHaveText(/between -90 and 90 degrees/);
  const lonMessage = await page.getByTestId('coord-lon').getAttribute('aria-describedby');
  await expect(page.locator(`[id="${lonMessage}"]`)).toHaveText(/"west" is not a number of degrees/);
  await expect(page.getByTestId('pass-row')).toHaveCount(0);
});

test('place search uses the offline list; the choice is remembered across visits', async ({ page }) => {
  const requests = recordAll(page);
  await page.goto(PAGE);
  expect(requests.some((r) => r.url().includes('/gazetteer/'))).toBe(false); // not until someone types
  await page.getByTestId('place-search').fill('reykjav');
  const option = page.getByRole('option', { name: /Reykjavík, Iceland/ });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.getByTestId('observer-summary')).toContainText('Reykjavík, Iceland');
  await expect(page.getByTestId('pass-row').first()).toBeVisible();
  expect(requests.filter((r) => r.url().includes('/gazetteer/')).map((r) => new URL(r.url()).pathname)).toEqual([
    '/gazetteer/cities.json',
  ]);
  expect(requests.map(requestText).filter((text) => /64\.1|21\.8|reykjav/i.test(text))).toEqual([]);

  await page.reload();
  await expect(page.getByTestId('observer-summary')).toContainText('Reykjavík, Iceland');
  await expect(page.getByTestId('observer-summary')).toContainText('kept in this browser');
});

test('a share link with ?lat=&lon=&name= shows that place without saving it', async ({ page }) => {
  await page.goto(`${PAGE}&lat=${london.observer.lat_deg}&lon=${london.observer.lon_deg}&name=London`);
  await expect(page.getByTestId('observer-summary')).toContainText('London');
  await expect(page.getByTestId('observer-summary')).toContainText('from the link');
  await expect(page.getByTestId('pass-row').first()).toHaveAttribute('data-rise', /^2026-10-10T08:18:3[45]/);
});

test('an observer in Antarctica is told plainly why there are no passes', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByTestId('coord-lat').fill('-77.85');
  await page.getByTestId('coord-lon').fill('166.67');
  await page.getByTestId('coord-submit').click();
  await expect(page.getByTestId('no-passes')).toContainText('never rises above your horizon at 77.9° S');
  await expect(page.getByTestId('pass-row')).toHaveCount(0);
});

test('screenshots of the passes page at 1440x900 and 390x844', async ({ page }) => {
  await page.goto(PAGE);
  await typeLondon(page);
  await page.locator('[data-testid="pass-row"][data-visible="true"]').first().click();
  await expect(page.locator('[data-testid="pass-detail"] .leaflet-container')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'passes-1440x900');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByTestId('next-pass')).toBeVisible();
  await saveScreenshot(page, 'passes-390x844');
});
