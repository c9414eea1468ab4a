import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installTestSource, request } from '../../../test-support/route-test-support';
import { dynamic, GET } from './route';

interface RefPass {
  rise: string;
  set: string;
  culmination: string;
  max_elevation_deg: number;
}
const ref = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'test-support/fixtures/passes-london.json'), 'utf8'),
) as {
  observer: { lat_deg: number; lon_deg: number };
  window_start: string;
  window_end: string;
  passes: RefPass[];
};
const EPOCH_MS = Date.parse('2026-10-09T19:42:49.139Z');
const ms = (iso: string) => Date.parse(iso);

let cleanup: () => void;
beforeEach(() => {
  ({ cleanup } = installTestSource()); // offline: the embedded TLE is the reference TLE
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

interface Point {
  time: string;
  azimuth: number;
  elevation: number;
}
interface Body {
  observer: unknown;
  timeZone: string;
  from: string;
  to: string;
  passes: Array<{
    rise: Point;
    culmination: Point;
    set: Point;
    maxElevation: number;
    duration: number;
    visible: boolean;
    visibleStart: Point | null;
    visibleEnd: Point | null;
    magnitude: number | null;
  }>;
  error?: { parameter: string; message: string; accepted: string };
}
const get = async (qs: string) => {
  const res = await GET(request(`/api/passes${qs}`));
  return { res, body: (await res.json()) as Body };
};

describe('GET /api/passes', () => {
  it('is rendered per request', () => {
    expect(dynamic).toBe('force-dynamic');
  });

  it('answers London at the reference epoch: rise and set within 1 s of Skyfield, in order', async () => {
    const { res, body } = await get(
      `?lat=${ref.observer.lat_deg}&lon=${ref.observer.lon_deg}&from=${ref.window_start}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    expect(body.observer).toEqual({ latitude: 51.5074, longitude: -0.1278, height: 0 });
    expect(body.timeZone).toBe('Europe/London');
    expect(body.from).toBe(ref.window_start);
    expect(body.to).toBe(ref.window_end);
    const ours = body.passes.filter((p) => ms(p.culmination.time) <= ms(ref.window_end));
    expect(ours.map((p) => p.rise.time.slice(0, 16))).toEqual(ref.passes.map((r) => r.rise.slice(0, 16)));
    ours.forEach((pass, i) => {
      const r = ref.passes[i]!;
      expect(Math.abs(ms(pass.rise.time) - ms(r.rise))).toBeLessThan(1000);
      expect(Math.abs(ms(pass.set.time) - ms(r.set))).toBeLessThan(1000);
      expect(Math.abs(pass.maxElevation - r.max_elevation_deg)).toBeLessThan(0.05);
      expect(Object.keys(pass.rise).sort()).toEqual(['azimuth', 'elevation', 'range', 'time']);
      expect(pass.rise.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });
    const visible = body.passes.find((p) => p.visible);
    expect(visible?.visibleStart?.time).toEqual(expect.any(String));
    expect(visible?.magnitude).toEqual(expect.any(Number));
  });

  it('defaults from to now, uncached', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(EPOCH_MS + 3_600_000);
    const { res, body } = await get('?lat=-33.8688&lon=151.2093&days=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body.from).toBe(new Date(EPOCH_MS + 3_600_000).toISOString());
    expect(ms(body.to) - ms(body.from)).toBe(86_400_000);
  });

  it.each([
    ['', 'lat', /required/],
    ['?lat=95&lon=0', 'lat', /outside -90 to 90/],
    ['?lat=abc&lon=0', 'lat', /not a decimal number/],
    ['?lat=51&lon=0&days=31', 'days', /outside 0 to 30/],
    ['?lat=51&lon=0&from=yesterday', 'from', /neither an ISO 8601/],
    ['?lat=51&lon=0&from=2030-01-01T00:00:00Z', 'from', /days from the TLE epoch/],
    ['?lat=51&lat=52&lon=0', 'lat', /given 2 times/],
    ['?lat=51&lon=0&minElevation=91', 'minElevation', /outside 0 to 90/],
  ])('%s is a 400 naming the parameter', async (qs, parameter, message) => {
    const { res, body } = await get(qs);
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body.error?.parameter).toBe(parameter);
    expect(body.error?.message).toMatch(message);
    expect(body.error?.accepted).toEqual(expect.any(String));
  });
});
