import { expect, test } from './pinned-clock';
import { groundDistanceKm, loadFixture, recordRequests, saveScreenshot } from './helpers';

interface Sample {
  t: string;
  lat_deg: number;
  lon_deg: number;
}
const reference = loadFixture<{ samples: Sample[] }>('groundtrack-e2e.json');
const sample = reference.samples[1] as Sample; // over the Atlantic, 37 min after epoch

const frozenAt = (t: string) => `/?t=${encodeURIComponent(t)}&speed=0`;

test('the dashboard loads with zero requests to any other origin', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto('/');
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await expect(page.getByTestId('region')).not.toHaveText('…');
  await page.waitForLoadState('networkidle');
  const foreign = requests.filter(
    (url) => !url.startsWith(`${baseURL}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
  expect(requests.some((url) => url.includes('/basemap/countries-'))).toBe(true);
});

test('at a fixed ?t= the telemetry and the marker show the reference position', async ({ page }) => {
  await page.goto(frozenAt(sample.t));
  await expect(page.getByTestId('time-banner')).toContainText('Not live');
  const lat = Number(await page.getByTestId('latitude').getAttribute('data-value'));
  const lon = Number(await page.getByTestId('longitude').getAttribute('data-value'));
  expect(groundDistanceKm(lat, lon, sample.lat_deg, sample.lon_deg)).toBeLessThan(0.05);
  await expect(page.getByTestId('latitude')).toHaveText(`${sample.lat_deg.toFixed(2)}° N`);
  await expect(page.getByTestId('longitude')).toHaveText(`${Math.abs(sample.lon_deg).toFixed(2)}° W`);

  const marker = page.getByTestId('station-marker');
  await expect(marker).toBeVisible();
  const markerLat = Number(await marker.getAttribute('data-lat'));
  const markerLon = Number(await marker.getAttribute('data-lon'));
  expect(groundDistanceKm(markerLat, markerLon, sample.lat_deg, sample.lon_deg)).toBeLessThan(0.05);
  await expect(page.getByTestId('region')).toContainText(/Atlantic/);
});

test('the ground track is split at 180°: pieces on both sides, none crossing', async ({ page }) => {
  await page.goto(frozenAt(sample.t));
  const track = page.getByTestId('ground-track');
  await expect(track).toHaveAttribute('data-segments', /.+/);
  const segments = JSON.parse((await track.getAttribute('data-segments')) ?? '[]') as Array<Array<[number, number]>>;
  expect(segments.length).toBeGreaterThan(2);
  let east = 0;
  let west = 0;
  for (const segment of segments) {
    for (let i = 1; i < segment.length; i += 1) {
      const a = segment[i - 1] as [number, number];
      const b = segment[i] as [number, number];
      expect(Math.abs(b[1] - a[1])).toBeLessThan(180);
    }
    const last = segment[segment.length - 1] as [number, number];
    if (last[1] === 180) east += 1;
    if ((segment[0] as [number, number])[1] === -180) west += 1;
  }
  expect(east).toBeGreaterThan(0);
  expect(west).toBeGreaterThan(0);
});

test('the TLE badge names the embedded source and its age', async ({ page }) => {
  await page.goto(frozenAt('2026-10-15T19:42:49Z'));
  const badge = page.getByTestId('tle-badge');
  await expect(page.getByTestId('tle-source')).toHaveText('embedded');
  await expect(badge).toContainText('6.0 days old');
  await expect(badge).toHaveAttribute('data-freshness', 'aging');
  await page.goto(frozenAt('2026-10-10T19:42:49Z'));
  await expect(badge).toHaveAttribute('data-freshness', 'fresh');
  await page.goto(frozenAt('2026-10-20T19:42:49Z'));
  await expect(badge).toHaveAttribute('data-freshness', 'stale');
});

test('context panels tell the station story', async ({ page }) => {
  await page.goto('/');
  for (const name of ['The station', 'The station in 2021', 'Other explorers']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Pesquet').first()).toBeVisible();
  for (const craft of ['Hubble', 'Perseverance', 'Curiosity', 'Juno', 'James Webb']) {
    await expect(page.getByText(craft).first()).toBeAttached();
  }
});

test('units switch to imperial and the choice is remembered', async ({ page }) => {
  await page.goto(frozenAt(sample.t));
  await expect(page.getByTestId('speed')).toContainText('km/h');
  await page.getByRole('button', { name: 'mi', exact: true }).click();
  await expect(page.getByTestId('speed')).toContainText('mph');
  await page.reload();
  await expect(page.getByTestId('speed')).toContainText('mph');
});

test('screenshots at laptop and phone sizes', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(frozenAt(sample.t));
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, 'live-1440x900');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId('station-marker')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, 'live-390x844');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('following the station switches off when the user drags the map, and back on with the button', async ({
  page,
}) => {
  await page.goto(frozenAt(sample.t));
  const follow = page.getByRole('button', { name: /follow/i });
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  const map = page.getByRole('region', { name: 'Map of the station’s position and ground track' });
  const box = await map.boundingBox();
  if (!box) throw new Error('map not laid out');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await follow.focus();
  await page.keyboard.press('Enter');
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
});

test('the track stays drawn over the whole map after drags, and a drag of a few pixels does not cut it again', async ({
  page,
}) => {
  await page.goto(frozenAt(sample.t));
  await expect(page.getByTestId('ground-track')).toHaveAttribute('data-segments', /.+/);
  const map = page.getByRole('region', { name: 'Map of the station’s position and ground track' });
  const box = await map.boundingBox();
  if (!box) throw new Error('map not laid out');
  // The SVG that holds the ground track: its viewBox is the box Leaflet last cut the track's paths to.
  const drawing = page.locator('.leaflet-ow-track-pane svg');
  const drag = async (dx: number) => {
    const x = box.x + box.width / 2 - dx / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + 4, { steps: 10 });
    // A pause before letting go: no inertia, so the pan ends (moveend) as the button comes up.
    await page.waitForTimeout(150);
    await page.mouse.up();
  };
  const expectDrawingCoversMap = async () => {
    const drawn = await drawing.boundingBox();
    if (!drawn) throw new Error('no track drawing');
    expect(drawn.x).toBeLessThanOrEqual(box.x);
    expect(drawn.y).toBeLessThanOrEqual(box.y);
    expect(drawn.x + drawn.width).toBeGreaterThanOrEqual(box.x + box.width);
    expect(drawn.y + drawn.height).toBeGreaterThanOrEqual(box.y + box.height);
  };
  const cutTo = await drawing.getAttribute('viewBox');
  expect(cutTo).toMatch(/^-?\d+ -?\d+ \d+ \d+$/);

  await drag(-12);
  await page.waitForTimeout(300);
  expect(await drawing.getAttribute('viewBox')).toBe(cutTo);
  await expectDrawingCoversMap();

  await drag(-Math.round(box.width * 0.6));
  await expect.poll(() => drawing.getAttribute('viewBox')).not.toBe(cutTo);
  await expectDrawingCoversMap();
});

test('the station marker is drawn above the ground track and the footprint', async ({ page }) => {
  await page.goto(frozenAt(sample.t));
  await expect(page.getByTestId('station-marker')).toBeVisible();
  const stacking = await page.evaluate(() => {
    const zOf = (el: Element | null) => Number(el ? getComputedStyle(el).zIndex : Number.NaN);
    const marker = document.querySelector('[data-testid="station-marker"]');
    return {
      marker: zOf(marker?.closest('.leaflet-pane') ?? null),
      track: zOf(document.querySelector('.leaflet-ow-track-pane')),
      footprint: zOf(document.querySelector('.leaflet-ow-footprint-pane')),
    };
  });
  // Panes are siblings inside the map pane, so their z-index orders everything drawn in them.
  expect(stacking.track).toBeGreaterThan(stacking.footprint);
  expect(stacking.marker).toBeGreaterThan(stacking.track);
});
