import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTleLines } from '../tle';
import { toDegrees, toRadians, type Vec3 } from '../units';
import { geodeticToEcef } from './geodetic';
import { createSatrec } from './satrec';
import { geodeticAt, stateAt, type GeodeticPoint } from './propagate';

interface Sample {
  t: string;
  minutes_since_epoch: number;
  lat_deg: number;
  lon_deg: number;
  alt_km: number;
  speed_inertial_km_s: number;
  teme_r_km: [number, number, number];
  teme_v_km_s: [number, number, number];
}
interface TrackFixture {
  tle: [string, string, string];
  series: Array<{ label: string; samples: Sample[] }>;
}
const fixture = JSON.parse(readFileSync('test-support/fixtures/groundtrack.json', 'utf8')) as TrackFixture;
const [title, line1, line2] = fixture.tle;
const tle = parseTleLines(line1, line2, title);
const satrec = createSatrec(tle);

/** Distance over the ground between two sub-points (chord on the ellipsoid, the same as the arc at metre scale). */
function groundDistanceKm(a: { latitudeDeg: number; longitudeDeg: number }, latDeg: number, lonDeg: number): number {
  const p = geodeticToEcef(a.latitudeDeg, a.longitudeDeg, 0);
  const q = geodeticToEcef(latDeg, lonDeg, 0);
  return Math.hypot(p.x - q.x, p.y - q.y, p.z - q.z);
}
/** The sample's exact instant: its ISO time is rounded to the millisecond, ~1 m of ISS motion. */
const instant = (s: Sample): number => tle.epochMs + s.minutes_since_epoch * 60_000;
const norm = (v: Vec3, w: readonly number[]): number =>
  Math.hypot(v.x - (w[0] ?? NaN), v.y - (w[1] ?? NaN), v.z - (w[2] ?? NaN));

describe('stateAt and geodeticAt against the Skyfield reference ground track (ISS, 2 x 6 h, every 60 s)', () => {
  for (const series of fixture.series) {
    it(`${series.label}: within 10 m over the ground and 10 m in height at every sample`, () => {
      let worstGroundM = 0;
      let worstAltM = 0;
      let worstLeanM = 0;
      for (const s of series.samples) {
        const t = instant(s);
        expect(Math.abs(t - Date.parse(s.t))).toBeLessThanOrEqual(0.5);
        const state = stateAt(satrec, t);
        const lean = geodeticAt(satrec, t);
        if (!state || !lean) throw new Error(`SGP4 failed at ${s.t}`);
        worstGroundM = Math.max(worstGroundM, groundDistanceKm(state, s.lat_deg, s.lon_deg) * 1000);
        worstAltM = Math.max(worstAltM, Math.abs(state.altitudeKm - s.alt_km) * 1000);
        worstLeanM = Math.max(
          worstLeanM,
          groundDistanceKm(lean, s.lat_deg, s.lon_deg) * 1000,
          Math.abs(lean.altitudeKm - s.alt_km) * 1000,
        );
      }
      expect(series.samples.length).toBe(361);
      expect(worstGroundM).toBeLessThan(10);
      expect(worstAltM).toBeLessThan(10);
      expect(worstLeanM).toBeLessThan(10);
    });

    it(`${series.label}: raw TEME position within 1 m and velocity within 1 mm/s, inertial speed matches`, () => {
      let worstRKm = 0;
      let worstVKmS = 0;
      let worstSpeed = 0;
      for (const s of series.samples) {
        const state = stateAt(satrec, instant(s));
        if (!state) throw new Error(`SGP4 failed at ${s.t}`);
        worstRKm = Math.max(worstRKm, norm(state.positionTemeKm, s.teme_r_km));
        worstVKmS = Math.max(worstVKmS, norm(state.velocityTemeKmPerSec, s.teme_v_km_s));
        worstSpeed = Math.max(worstSpeed, Math.abs(state.speedKmPerSec - s.speed_inertial_km_s));
      }
      expect(worstRKm).toBeLessThan(0.001);
      expect(worstVKmS).toBeLessThan(1e-6);
      expect(worstSpeed).toBeLessThan(2e-6);
    });
  }

  it('headingDeg is the direction the reference sub-point moves (central difference over +-60 s)', () => {
    let worstDeg = 0;
    for (const series of fixture.series) {
      for (let i = 1; i + 1 < series.samples.length; i++) {
        const a = series.samples[i - 1] as Sample;
        const m = series.samples[i] as Sample;
        const b = series.samples[i + 1] as Sample;
        const p = geodeticToEcef(a.lat_deg, a.lon_deg, 0);
        const q = geodeticToEcef(b.lat_deg, b.lon_deg, 0);
        const lat = toRadians(m.lat_deg);
        const lon = toRadians(m.lon_deg);
        const dx = q.x - p.x;
        const dy = q.y - p.y;
        const dz = q.z - p.z;
        const east = -Math.sin(lon) * dx + Math.cos(lon) * dy;
        const north = -Math.sin(lat) * Math.cos(lon) * dx - Math.sin(lat) * Math.sin(lon) * dy + Math.cos(lat) * dz;
        const refBearing = (toDegrees(Math.atan2(east, north)) + 360) % 360;
        const state = stateAt(satrec, instant(m));
        if (!state) throw new Error('SGP4 failed');
        worstDeg = Math.max(worstDeg, Math.abs(((state.headingDeg - refBearing + 540) % 360) - 180));
        expect(state.headingDeg).toBeGreaterThanOrEqual(0);
        expect(state.headingDeg).toBeLessThan(360);
      }
    }
    expect(worstDeg).toBeLessThan(0.1);
  });

  it('geodeticAt fills and returns the object it is given, and agrees with stateAt exactly', () => {
    const out: GeodeticPoint = { latitudeDeg: 0, longitudeDeg: 0, altitudeKm: 0 };
    const t = Date.parse('2026-10-10T01:00:00Z');
    const got = geodeticAt(satrec, t, out);
    const full = stateAt(satrec, t);
    expect(got).toBe(out);
    expect(full?.latitudeDeg).toBeCloseTo(out.latitudeDeg, 10);
    expect(full?.longitudeDeg).toBeCloseTo(out.longitudeDeg, 10);
    expect(full?.altitudeKm).toBeCloseTo(out.altitudeKm, 10);
    expect(full?.atMs).toBe(t);
  });

  it('returns null once SGP4 says the orbit has decayed, instead of a position underground', () => {
    // Heavy drag term on a low orbit: SGP4 reports decay within weeks.
    const doomed = createSatrec(
      parseTleLines(
        '1 99999U 24001A   26100.50000000  .05000000  00000+0  50000-1 0  9996',
        '2 99999  51.6000 100.0000 0005000 100.0000 260.0000 16.20000000    14',
      ),
    );
    const epochMs = Date.UTC(2026, 0, 1) + 99.5 * 86_400_000;
    expect(stateAt(doomed, epochMs)).not.toBeNull();
    expect(stateAt(doomed, epochMs + 60 * 86_400_000)).toBeNull();
    expect(geodeticAt(doomed, epochMs + 60 * 86_400_000)).toBeNull();
  });
});
