import { readFileSync } from 'node:fs';
import { expect, test } from './pinned-clock';
import { loadFixture, saveScreenshot } from './helpers';

interface RefPass {
  rise: string;
  culmination: string;
  max_elevation_deg: number;
  part_visible_geometric?: { any_part_visible: boolean; visible_max_el_deg?: number };
}
const london = loadFixture<{ observer: { lat_deg: number; lon_deg: number }; window_end: string; passes: RefPass[] }>(
  'passes-london.json',
);
const referenceVisible = (ref: RefPass) =>
  !!ref.part_visible_geometric?.any_part_visible && (ref.part_visible_geometric.visible_max_el_deg ?? -90) >= 10;

const AT = '2026-10-09T19:42:49Z';
const LONDON_LINK = `/passes?t=${AT}&speed=0&lat=${london.observer.lat_deg}&lon=${london.observer.lon_deg}&name=London`;

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

async function listReady(page: import('@playwright/test').Page) {
  await expect(page.getByTestId('pass-table').or(page.getByTestId('no-passes'))).toBeVisible();
  await expect(page.getByTestId('pass-table')).not.toHaveAttribute('aria-busy', /.*/);
}

test('filters: visible only, height, time of day and brightness narrow the list, go in the address and are remembered', async ({
  page,
}) => {
  await page.goto(LONDON_LINK);
  await listReady(page);
  const rows = page.getByTestId('pass-row');
  const inWindow = async () =>
    (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-rise') ?? ''))).filter(
      (iso) => Date.parse(iso) < Date.parse(london.window_end),
    );

  await page.getByTestId('visible-only').check();
  await page.getByTestId('min-elevation').selectOption('20');
  await listReady(page);
  // Skyfield's London passes: visible (the lit part climbs to 10 deg) and culminating at 20 deg or more.
  const expected = london.passes.filter((r) => referenceVisible(r) && r.max_elevation_deg >= 20);
  expect(expected.length).toBeGreaterThan(0);
  const shown = await inWindow();
  expect(shown).toHaveLength(expected.length);
  shown.forEach((iso, i) => expect(Math.abs(Date.parse(iso) - Date.parse(expected[i]!.rise))).toBeLessThan(1000));
  await expect(page).toHaveURL(/visibleOnly=1/);
  await expect(page).toHaveURL(/minElevation=20/);

  // London's visible passes of these days are all before dawn: morning keeps them, evening none.
  await page.getByTestId('time-of-day').selectOption('morning');
  await listReady(page);
  expect(await inWindow()).toHaveLength(expected.length);
  await page.getByTestId('time-of-day').selectOption('evening');
  await expect(page.getByTestId('no-passes')).toContainText('matches these filters');
  await expect(page).toHaveURL(/when=evening/);

  // Brightness: every listed pass reaches the chosen magnitude, and the export holds exactly those.
  await page.getByTestId('time-of-day').selectOption('any');
  await page.getByTestId('max-magnitude').selectOption('-2');
  await listReady(page);
  await expect(page).toHaveURL(/maxMagnitude=-2/);
  const bright = await rows.count();
  expect(bright).toBeGreaterThan(0);
  expect(bright).toBeLessThanOrEqual(expected.length + 1);
  for (const text of await page.locator('[data-testid="pass-row"] td:last-child').allTextContents()) {
    const magnitude = Number(/mag ([\u2212-]?\d+\.\d)/.exec(text)?.[1]?.replace('\u2212', '-'));
    expect(magnitude).toBeLessThanOrEqual(-2);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics-all').click()]);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(bright);

  // Remembered: the same place opened again without filters in its address shows the same filters and list.
  await page.goto(LONDON_LINK);
  await listReady(page);
  await expect(page.getByTestId('visible-only')).toBeChecked();
  await expect(page.getByTestId('min-elevation')).toHaveValue('20');
  await expect(page.getByTestId('max-magnitude')).toHaveValue('-2');
  await expect(rows).toHaveCount(bright);
  await expect(page).toHaveURL(/visibleOnly=1&maxMagnitude=-2&minElevation=20/);
  await saveScreenshot(page, 'passes-filters-1440x900');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('visible-only').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'passes-filters-390x844');
});

test.describe('an Auckland browser', () => {
  test.use({ timezoneId: 'Pacific/Auckland', locale: 'en-NZ' });

  test("a London link lists London times, named; switches show this device's zone and UTC; at sea, the nautical zone", async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.isNavigationRequest()) requests.push(request.url() + (request.postData() ?? ''));
    });
    await page.goto(LONDON_LINK);
    await listReady(page);
    await expect(page.getByTestId('zone-name')).toHaveText('Times: London time, BST');
    const rise = (await page.getByTestId('pass-row').first().getAttribute('data-rise'))!;
    const inZone = (zone: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).format(Date.parse(rise));
    await expect(page.getByTestId('rise-time').first()).toHaveText(inZone('Europe/London'));
    await expect(page.getByTestId('pass-row').first()).toContainText('BST');
    await expect(page.getByTestId('zone-place')).toHaveText('London');
    await saveScreenshot(page, 'passes-london-from-auckland-1440x900');

    await page.getByTestId('zone-device').click();
    await expect(page.getByTestId('zone-name')).toHaveText('Times: Auckland time, NZDT (this device)');
    await expect(page.getByTestId('rise-time').first()).toHaveText(inZone('Pacific/Auckland'));

    await page.getByTestId('utc-switch').click();
    await expect(page.getByTestId('zone-name')).toHaveText('Times: UTC');
    await expect(page.getByTestId('rise-time').first()).toHaveText(inZone('UTC'));

    // The zone was found on this device: no request carries the coordinates.
    expect(requests.filter((text) => /51\.50|0\.127/.test(text))).toEqual([]);

    // Mid-Atlantic: the nautical zone, three hours behind UTC.
    await page.goto(`/passes?t=${AT}&speed=0&lat=30&lon=-40&name=Ship`);
    await listReady(page);
    await expect(page.getByTestId('zone-name')).toHaveText('Times: nautical zone, GMT-3');
    await expect(page.getByTestId('zone-place')).toHaveText('At sea');
  });
});

test('subscribe: the privacy notice first, rounded coordinates with their measured effect, a webcal feed that parses', async ({
  page,
}) => {
  const feedRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/passes.ics')) feedRequests.push(request.url());
  });
  await page.goto(LONDON_LINK);
  await listReady(page);
  const panel = page.getByTestId('subscribe');
  await panel.locator('summary').click();
  await expect(page.getByTestId('subscribe-privacy')).toContainText('sends this location to our server');
  await expect(page.getByTestId('subscribe-round')).toBeChecked();
  await expect(page.getByTestId('subscribe-effect')).toHaveText(
    /moves the \d+ passes by at most (a second|\d+ s) and their highest points by at most 0\.\d°/,
  );
  const href = (await page.getByTestId('subscribe-link').getAttribute('href'))!;
  expect(href).toMatch(/^webcal:\/\/[^/]+\/api\/passes\.ics\?/);
  const params = new URL(href.replace(/^webcal:/, 'http:')).searchParams;
  expect(params.get('lat')).toBe('51.5');
  expect(params.get('lon')).toBe('-0.1');
  expect(params.get('name')).toBe('London');
  expect(params.get('alarm')).toBe('10');
  await expect(page.getByTestId('subscribe-help')).toContainText('Google Calendar');
  await saveScreenshot(page, 'passes-subscribe-1440x900');
  // Unrounded on request.
  await page.getByTestId('subscribe-round').uncheck();
  expect(
    new URL(
      (await page.getByTestId('subscribe-link').getAttribute('href'))!.replace(/^webcal:/, 'http:'),
    ).searchParams.get('lat'),
  ).toBe('51.5074');
  // Nothing was sent while the user read: only the calendar app fetches the feed.
  expect(feedRequests).toEqual([]);

  // The feed, for the page's window, read with a real parser: the page's visible passes, each with an alarm.
  params.set('from', AT);
  const response = await page.request.get(`/api/passes.ics?${params.toString()}`);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await response.text();
  const { default: ICAL } = await import('ical.js');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const visibleRows = await page.locator('[data-testid="pass-row"][data-visible="true"]').count();
  expect(visibleRows).toBeGreaterThan(0);
  expect(events).toHaveLength(visibleRows);
  for (const event of events) expect(event.getFirstSubcomponent('valarm')).not.toBeNull();
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'passes-subscribe-390x844');
});

test.describe('the live page in an Auckland browser, London saved', () => {
  test.use({ timezoneId: 'Pacific/Auckland', locale: 'en-NZ' });

  test('the next-pass card gives London time, named, and how far the time may be off', async ({ page }) => {
    await page.addInitScript(() => {
      window.localStorage.setItem(
        'orbit-watch:observer:v1',
        JSON.stringify({ latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0, source: 'typed', name: 'London' }),
      );
    });
    await page.goto(`/?t=${AT}&speed=0`);
    const card = page.getByTestId('next-visible-pass');
    await expect(card).toBeVisible();
    // The first visible reference pass over London, in London time (BST), not Auckland's.
    const first = london.passes.find(referenceVisible)!;
    await expect(page.getByTestId('next-visible-time')).toContainText(/BST \(London time\)$/);
    const shown = (await page.getByTestId('next-visible-time').textContent())!;
    const hhmm = /(\d\d):(\d\d):\d\d BST/.exec(shown)!;
    const londonHour = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(Date.parse(first.rise));
    expect(hhmm[1]).toBe(londonHour);
    // Six days after the elements' epoch the time carries minutes of uncertainty, and the card says so.
    await expect(page.getByTestId('next-visible-bound')).toHaveText(/±\s\d+\smin/);
    await saveScreenshot(page, 'live-next-pass-auckland-1440x900');
  });
});
