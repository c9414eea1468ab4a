import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '@/lib/geo/web-mercator';
import { createSatrec } from '@/lib/orbit/satrec';
import { parseTleLines } from '@/lib/tle';
import { mapPicture, PICTURE_SCALE } from './map-picture';

interface Sample {
  minutes_since_epoch: number;
  lat_deg: number;
  lon_deg: number;
}
interface TrackFixture {
  tle: [string, string, string];
  series: Array<{ label: string; samples: Sample[] }>;
}
// Skyfield's ground track (test-support/fixtures/groundtrack.json): the picture must put the station where it is.
const fixture = JSON.parse(readFileSync('test-support/fixtures/groundtrack.json', 'utf8')) as TrackFixture;
const [title, line1, line2] = fixture.tle;
const tle = parseTleLines(line1, line2, title);
const elements = { tle, satrec: createSatrec(tle) };
const samples = fixture.series[0]?.samples ?? [];
const DAY_MS = 86_400_000;
const live = { orbitsAhead: 2 };

/** Absolute vertices of a path of M and relative l commands, in world units. */
function vertices(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Ml])(-?\d+)\s*(-?\d+)/g)) {
    x = cmd === 'M' ? Number(a) : x + Number(a);
    y = cmd === 'M' ? Number(b) : y + Number(b);
    out.push([x / PICTURE_SCALE, y / PICTURE_SCALE]);
  }
  return out;
}

/** Within a path's rounding (half a unit each way) of a point. */
function expectNear(point: [number, number] | undefined, target: { x: number; y: number } | null | undefined) {
  expect(point).toBeDefined();
  expect(target).toBeDefined();
  const [x, y] = point ?? [NaN, NaN];
  expect(Math.abs(x - (target?.x ?? NaN))).toBeLessThan(1.5 / PICTURE_SCALE);
  expect(Math.abs(y - (target?.y ?? NaN))).toBeLessThan(1.5 / PICTURE_SCALE);
}

describe('mapPicture against Skyfield', () => {
  for (const sample of samples.filter((_, i) => i % 60 === 0)) {
    const atMs = tle.epochMs + sample.minutes_since_epoch * 60_000;
    it(`centres the view on the station at +${sample.minutes_since_epoch} min`, () => {
      const picture = mapPicture(elements, atMs, live);
      // 1e-5 world units: 0.02 px on a 1920 px display.
      expect(picture.centre.x).toBeCloseTo(mercatorX(sample.lon_deg), 5);
      expect(picture.centre.y).toBeCloseTo(mercatorY(sample.lat_deg), 5);
      expect(picture.station?.x).toBe(picture.centre.x);
      expect(picture.station?.y).toBe(picture.centre.y);
      // The track behind ends at the station and the next orbit starts there.
      expectNear(vertices(picture.behind).at(-1), picture.station);
      expectNear(vertices(picture.aheadFirst)[0], picture.station);
    });
  }

  it('heads the chevron along the ground track (north-east on an ascending pass)', () => {
    const i = samples.findIndex(
      (s, k) => (samples[k + 1]?.lat_deg ?? -Infinity) > s.lat_deg && Math.abs(s.lat_deg) < 20,
    );
    const s = samples[i];
    expect(s).toBeDefined();
    const heading = mapPicture(elements, tle.epochMs + (s?.minutes_since_epoch ?? 0) * 60_000, live).station
      ?.headingDeg;
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(90);
  });
});

describe('mapPicture and the age of the elements', () => {
  it('draws the band of where the station may be, and no marker, once the elements cannot place it', () => {
    const old = mapPicture(elements, tle.epochMs + 60 * DAY_MS, live);
    expect(old.station).toBeNull();
    expect(old.uncertaintyShown).toBe('whole-orbit');
    expect(old.centre).toEqual({ x: 0.5, y: 0.5 });
    expect(old.uncertainty).not.toBe('');
  });

  it('marks a band within the marker for fresh elements and a stretch for week-old ones', () => {
    expect(mapPicture(elements, tle.epochMs + 3_600_000, live).uncertaintyShown).toBe('within-marker');
    expect(mapPicture(elements, tle.epochMs + 7 * DAY_MS, live).uncertaintyShown).toBe('stretch');
  });

  it('without elements draws night alone', () => {
    const none = mapPicture(null, tle.epochMs, live);
    expect(none.station).toBeNull();
    expect([none.behind, none.aheadFirst, none.aheadRest, none.highlight, none.uncertainty]).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(none.night).toHaveLength(4);
    for (const band of none.night) expect(band).toMatch(/^M.*z$/);
  });

  it('draws no orbits ahead or behind when asked for none', () => {
    const picture = mapPicture(elements, tle.epochMs + 3_600_000, { orbitsAhead: 0, orbitsBehind: 0 });
    expect([picture.behind, picture.aheadFirst, picture.aheadRest]).toEqual(['', '', '']);
  });
});

describe('mapPicture for the passes page', () => {
  it('places the observer, and their circle as Leaflet draws it on Web Mercator', () => {
    const observer = { latitudeDeg: 51.5074, longitudeDeg: -0.1278, visibilityRadiusKm: 2000 };
    const picture = mapPicture(elements, tle.epochMs, { ...live, observer });
    expect(picture.observer?.x).toBeCloseTo(mercatorX(-0.1278), 9);
    expect(picture.observer?.y).toBeCloseTo(mercatorY(51.5074), 9);
    const circle = picture.observer?.circle;
    // 2000 km north and south of London on Leaflet's 6371 km sphere: 17.99 deg of latitude either way.
    const latR = (2000 / 6371) * (180 / Math.PI);
    expect((circle?.cy ?? 0) - (circle?.ry ?? 0)).toBeCloseTo(mercatorY(51.5074 + latR), 9);
    expect((circle?.cy ?? 0) + (circle?.ry ?? 0)).toBeCloseTo(mercatorY(51.5074 - latR), 9);
    // Mercator stretches it at 51 N: wider than 2000 km at the equator would be, and taller than wide.
    expect(circle?.rx ?? 0).toBeGreaterThan(latR / 360);
    expect(circle?.rx ?? 0).toBeLessThan(circle?.ry ?? 0);
  });

  it('opens at 0 N 0 E when the map does not follow, with the station still drawn where it is', () => {
    const picture = mapPicture(elements, tle.epochMs + 3_600_000, { orbitsAhead: 1, orbitsBehind: 0, follow: false });
    expect(picture.centre).toEqual({ x: 0.5, y: 0.5 });
    expect(picture.station).not.toBeNull();
  });

  it('picks out a highlighted stretch of track from its start to its end', () => {
    const fromMs = tle.epochMs + 3_600_000;
    const toMs = fromMs + 6 * 60_000;
    const options = { orbitsAhead: 1, orbitsBehind: 0, follow: false };
    const points = vertices(mapPicture(elements, fromMs, { ...options, highlight: { fromMs, toMs } }).highlight);
    expectNear(points[0], mapPicture(elements, fromMs, options).station);
    expectNear(points.at(-1), mapPicture(elements, toMs, options).station);
    expect(mapPicture(elements, fromMs, { ...options, highlight: { fromMs: toMs, toMs: fromMs } }).highlight).toBe('');
  });
});
