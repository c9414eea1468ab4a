import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sunAltitudeDeg, subsolarPoint, sunPositionTemeKm } from './sun-position';
import { KM_PER_AU } from './sun-position';

interface SunFixture {
  observers: Array<{
    name: string;
    lat_deg: number;
    lon_deg: number;
    samples: Array<{ t: string; sun_alt_deg: number }>;
  }>;
}
const fixture = JSON.parse(readFileSync('test-support/fixtures/sun-altitudes.json', 'utf8')) as SunFixture;

describe('sunAltitudeDeg', () => {
  it('matches PyEphem (VSOP87, geometric) at every pass culmination in London, Houston and Sydney to 0.05 deg', () => {
    let worst = 0;
    let count = 0;
    for (const obs of fixture.observers) {
      for (const s of obs.samples) {
        const alt = sunAltitudeDeg(obs.lat_deg, obs.lon_deg, Date.parse(s.t));
        worst = Math.max(worst, Math.abs(alt - s.sun_alt_deg));
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(worst).toBeLessThan(0.05);
  });

  it('puts the Sun at the zenith over the subsolar point and at the nadir opposite it', () => {
    const t = Date.parse('2026-06-21T08:24:00Z');
    const sub = subsolarPoint(t);
    expect(sunAltitudeDeg(sub.latitudeDeg, sub.longitudeDeg, t)).toBeGreaterThan(89.99);
    expect(sunAltitudeDeg(-sub.latitudeDeg, sub.longitudeDeg + 180, t)).toBeLessThan(-89.99);
  });
});

describe('subsolarPoint', () => {
  it('follows the seasons: declination near +23.44 at the June solstice, near 0 at the equinoxes', () => {
    expect(subsolarPoint(Date.parse('2026-06-21T08:24:00Z')).latitudeDeg).toBeCloseTo(23.44, 1);
    expect(subsolarPoint(Date.parse('2026-12-21T20:50:00Z')).latitudeDeg).toBeCloseTo(-23.44, 1);
    expect(Math.abs(subsolarPoint(Date.parse('2026-03-20T14:46:00Z')).latitudeDeg)).toBeLessThan(0.02);
  });

  it('stands near the Greenwich meridian at 12:00 UTC (equation of time within 17 minutes)', () => {
    for (const day of ['2026-02-11', '2026-05-14', '2026-07-26', '2026-11-03']) {
      const lon = subsolarPoint(Date.parse(`${day}T12:00:00Z`)).longitudeDeg;
      expect(Math.abs(lon)).toBeLessThan(17 / 4);
    }
    // Early November the Sun runs ~16.4 min fast: it culminates at Greenwich at ~11:43:35 UTC.
    const nov3 = subsolarPoint(Date.parse('2026-11-03T11:43:35Z')).longitudeDeg;
    expect(Math.abs(nov3)).toBeLessThan(0.1);
  });
});

describe('sunPositionTemeKm', () => {
  it('is about 1 AU away, nearer in January than in July', () => {
    const jan = sunPositionTemeKm(Date.parse('2026-01-03T00:00:00Z'));
    const jul = sunPositionTemeKm(Date.parse('2026-07-06T00:00:00Z'));
    const jan1 = Math.hypot(jan.x, jan.y, jan.z) / KM_PER_AU;
    const jul1 = Math.hypot(jul.x, jul.y, jul.z) / KM_PER_AU;
    expect(jan1).toBeCloseTo(0.9833, 3);
    expect(jul1).toBeCloseTo(1.0167, 3);
  });
});
