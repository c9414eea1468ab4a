import { expect, pinnedNowMs, test } from './pinned-clock';
import type { GroundTrackSample as Sample } from '../test-support/groundtrack-samples';
import { groundDistanceKm, loadFixture, REFERENCE_EPOCH } from './helpers';

const reference = loadFixture<{ samples: Sample[] }>('groundtrack-e2e.json');

test('/api/tle serves the embedded reference TLE offline', async ({ request }) => {
  const response = await request.get('/api/tle');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    noradId: 25544,
    source: 'embedded',
    line1: '1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998',
    line2: '2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526',
  });
  expect(Math.abs(Date.parse(body.epoch) - Date.parse(REFERENCE_EPOCH))).toBeLessThan(2);
  expect(body.ageDays).toBeGreaterThan(0);
  expect(response.headers()['cache-control']).toMatch(/max-age/);
});

test('/api/position matches the reference ground track with wheretheiss.at field names', async ({ request }) => {
  for (const sample of reference.samples) {
    const response = await request.get(`/api/position?at=${encodeURIComponent(sample.t)}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    for (const field of [
      'name',
      'id',
      'latitude',
      'longitude',
      'altitude',
      'velocity',
      'visibility',
      'footprint',
      'timestamp',
      'solar_lat',
      'solar_lon',
      'units',
      'tle_epoch',
      'tle_source',
    ]) {
      expect(body, field).toHaveProperty(field);
    }
    expect(body.id).toBe(25544);
    expect(body.units).toBe('kilometers');
    expect(body.timestamp).toBeCloseTo(Date.parse(sample.t) / 1000, 3);
    expect(groundDistanceKm(body.latitude, body.longitude, sample.lat_deg, sample.lon_deg)).toBeLessThan(0.01);
    expect(Math.abs(body.altitude - sample.alt_km)).toBeLessThan(0.01);
    expect(Math.abs(body.velocity - sample.speed_inertial_km_s * 3600)).toBeLessThan(1);
    expect(body.visibility).toBe(sample.sunlit_geometric_conical ? 'daylight' : 'eclipsed');
  }
});

test('/api/position without `at` answers for the current whole second', async ({ request }) => {
  // The server's clock is pinned to the test runner's timeline (e2e/pinned-clock.ts).
  const before = pinnedNowMs() / 1000;
  const body = await (await request.get('/api/position')).json();
  expect(Number.isInteger(body.timestamp)).toBe(true);
  expect(body.timestamp).toBeGreaterThanOrEqual(Math.floor(before));
  expect(body.timestamp).toBeLessThanOrEqual(pinnedNowMs() / 1000);
});

test('/api/position converts to miles on request', async ({ request }) => {
  const at = reference.samples[0]?.t ?? REFERENCE_EPOCH;
  const km = await (await request.get(`/api/position?at=${at}`)).json();
  const mi = await (await request.get(`/api/position?at=${at}&units=miles`)).json();
  expect(mi.units).toBe('miles');
  expect(mi.altitude).toBeCloseTo(km.altitude / 1.609344, 6);
  expect(mi.velocity).toBeCloseTo(km.velocity / 1.609344, 6);
});

test('bad parameters get a 400 that names the parameter', async ({ request }) => {
  for (const query of ['at=not-a-time', 'at=', 'units=furlongs', 'at=1e999']) {
    const response = await request.get(`/api/position?${query}`);
    expect(response.status(), query).toBe(400);
    const body = await response.json();
    expect(JSON.stringify(body.error)).toContain(query.split('=')[0]);
  }
});
