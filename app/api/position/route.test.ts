import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KM_PER_MILE } from '@/lib/units';
import { installTestSource, request } from '../../../test-support/route-test-support';
import { dynamic, GET } from './route';

interface Sample {
  t: string;
  lat_deg: number;
  lon_deg: number;
  alt_km: number;
  sunlit_geometric_conical: boolean;
}
const samples = (
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'test-support/fixtures/groundtrack-samples.json'), 'utf8')) as {
    samples: Sample[];
  }
).samples;
const sample = samples[3] as Sample;
const EPOCH_MS = Date.parse('2026-10-09T19:42:49.139Z');

let cleanup: () => void;
beforeEach(() => {
  ({ cleanup } = installTestSource()); // offline: the embedded TLE is the reference TLE
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const get = async (qs: string) => {
  const res = await GET(request(`/api/position${qs}`));
  return { res, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /api/position', () => {
  it('is rendered per request', () => {
    expect(dynamic).toBe('force-dynamic');
  });

  it('answers the wheretheiss.at fields at an ISO instant, matching the reference ground track', async () => {
    const { res, body } = await get(`?at=${sample.t}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(body).sort()).toEqual(
      [
        'name',
        'id',
        'latitude',
        'longitude',
        'altitude',
        'velocity',
        'visibility',
        'footprint',
        'timestamp',
        'daynum',
        'solar_lat',
        'solar_lon',
        'units',
        'tle_epoch',
        'tle_source',
        'position_uncertainty_km',
      ].sort(),
    );
    // 37 minutes after the epoch: a couple of kilometres (the model's floor), in km whatever the units.
    expect(body.position_uncertainty_km).toBeGreaterThan(1);
    expect(body.position_uncertainty_km).toBeLessThan(5);
    expect(body).toMatchObject({
      name: 'iss',
      id: 25544,
      units: 'kilometers',
      tle_source: 'embedded',
      tle_epoch: '2026-10-09T19:42:49.139Z',
    });
    expect(body.latitude as number).toBeCloseTo(sample.lat_deg, 4);
    expect(body.longitude as number).toBeCloseTo(sample.lon_deg, 4);
    expect(body.altitude as number).toBeCloseTo(sample.alt_km, 2);
    expect(body.visibility).toBe(sample.sunlit_geometric_conical ? 'daylight' : 'eclipsed');
    expect(body.timestamp).toBe(Date.parse(sample.t) / 1000);
  });

  it('takes Unix seconds and miles', async () => {
    const seconds = Date.parse(sample.t) / 1000;
    const km = (await get(`?at=${sample.t}`)).body;
    const { res, body } = await get(`?at=${seconds}&units=miles`);
    expect(res.status).toBe(200);
    expect(body.units).toBe('miles');
    expect(body.latitude).toBe(km.latitude);
    expect((body.altitude as number) * KM_PER_MILE).toBeCloseTo(km.altitude as number, 9);
    expect((body.velocity as number) * KM_PER_MILE).toBeCloseTo(km.velocity as number, 9);
    expect((body.footprint as number) * KM_PER_MILE).toBeCloseTo(km.footprint as number, 9);
    expect(body.position_uncertainty_km).toBe(km.position_uncertainty_km);
  });

  it("says how far off an old prediction may be: thousands of km at 30 days, the orbit's diameter at 60", async () => {
    const epochMs = Date.parse('2026-10-09T19:42:49.139Z');
    const at = (days: number) =>
      get(`?at=${new Date(epochMs + days * 86_400_000).toISOString()}`).then(
        (r) => r.body.position_uncertainty_km as number,
      );
    const [day1, day10, day30, day60] = await Promise.all([at(1), at(10), at(30), at(60)]);
    expect(day1).toBeLessThan(day10);
    expect(day10).toBeGreaterThan(500);
    expect(day30).toBeGreaterThan(5000);
    expect(day60).toBeGreaterThan(13_000);
  });

  it('defaults to now on the whole second, uncached', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(EPOCH_MS + 3_600_000);
    const { res, body } = await get('');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body.timestamp).toBe(Math.floor((EPOCH_MS + 3_600_000) / 1000));
    expect(Number.isInteger(body.timestamp)).toBe(true);
    expect(body.units).toBe('kilometers');
  });

  it.each([
    ['?at=tomorrow', 'at', /neither an ISO 8601 date-time nor Unix seconds/],
    ['?at=2026-10-09T19:42:49', 'at', /no time zone/],
    ['?at=2028-01-01T00:00:00Z', 'at', /days from the TLE epoch/],
    ['?at=0', 'at', /days from the TLE epoch/],
    ['?units=furlongs', 'units', /not a unit/],
    ['?unit=miles', 'unit', /unknown parameter/],
  ])('%s is a 400 naming the parameter and its accepted range', async (qs, parameter, message) => {
    const { res, body } = await get(qs);
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const error = body.error as { parameter: string; message: string; accepted: string };
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
    expect(error.accepted.length).toBeGreaterThan(10);
  });
});
