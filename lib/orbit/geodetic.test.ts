import { eciToGeodetic } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { toDegrees, toRadians, type Vec3 } from '../units';
import { WGS84_A_KM, WGS84_E2, ecefToGeodetic, geodeticToEcef, gmstRad, temeToEcef } from './geodetic';

/** Plain fixed-point iteration on WGS84 (the textbook method), run to convergence, as the reference. */
function iterativeGeodetic(p: Vec3): { latitudeDeg: number; longitudeDeg: number; altitudeKm: number } {
  const rho = Math.hypot(p.x, p.y);
  let lat = Math.atan2(p.z, rho * (1 - WGS84_E2));
  for (let i = 0; i < 100; i++) {
    const n = WGS84_A_KM / Math.sqrt(1 - WGS84_E2 * Math.sin(lat) ** 2);
    lat = Math.atan2(p.z + WGS84_E2 * n * Math.sin(lat), rho);
  }
  const s = Math.sin(lat);
  // Height along the normal, in a form that holds at the poles too.
  const h = rho * Math.cos(lat) + p.z * s - WGS84_A_KM * Math.sqrt(1 - WGS84_E2 * s * s);
  return { latitudeDeg: toDegrees(lat), longitudeDeg: toDegrees(Math.atan2(p.y, p.x)), altitudeKm: h };
}

function distanceKm(a: Vec3, b: Vec3): number {
  return Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
}

const LATITUDES = [
  -90, -89.9999, -89, -75, -60, -45.5, -30, -10, -0.001, 0, 0.001, 5, 23.4, 45, 51.6, 66.5, 80, 89.9999, 90,
];
const LONGITUDES = [-180, -135.3, -90, -12.7, 0, 33.3, 90, 151.2, 179.999];
const HEIGHTS_KM = [-1000, -100, -10, -0.5, 0, 0.001, 0.43, 8.8, 200, 420, 800, 2000, 20_200, 35_786, 100_000];

// Cartesian test points built from geodetic coordinates, so the expected answer is also known exactly.
const POINTS = LATITUDES.flatMap((lat) =>
  LONGITUDES.flatMap((lon) => HEIGHTS_KM.map((h) => ({ lat, lon, h, ecef: geodeticToEcef(lat, lon, h) }))),
);

describe('ecefToGeodetic (closed form, Vermeille)', () => {
  it('stays within 1 mm of the converged iterative conversion, LEO to beyond GEO, poles and negative heights', () => {
    let worstMm = 0;
    for (const { ecef } of POINTS) {
      const ours = ecefToGeodetic(ecef);
      const ref = iterativeGeodetic(ecef);
      // Position difference the two answers imply, horizontal and vertical together.
      const d = distanceKm(
        geodeticToEcef(ours.latitudeDeg, ours.longitudeDeg, ours.altitudeKm),
        geodeticToEcef(ref.latitudeDeg, ref.longitudeDeg, ref.altitudeKm),
      );
      worstMm = Math.max(worstMm, d * 1e6, Math.abs(ours.altitudeKm - ref.altitudeKm) * 1e6);
    }
    expect(POINTS.length).toBeGreaterThan(2500);
    expect(worstMm).toBeLessThan(1);
  });

  it('stays within 1 mm of satellite.js eciToGeodetic (20 iterations) away from the poles', () => {
    let worstMm = 0;
    let compared = 0;
    for (const { lat, ecef } of POINTS) {
      // satellite.js takes the height as R / cos(lat), which loses precision near the poles.
      if (Math.abs(lat) > 89) continue;
      const ours = ecefToGeodetic(ecef);
      const ref = eciToGeodetic(ecef, 0);
      const d = distanceKm(
        geodeticToEcef(ours.latitudeDeg, ours.longitudeDeg, ours.altitudeKm),
        geodeticToEcef(toDegrees(ref.latitude), toDegrees(ref.longitude), ref.height),
      );
      worstMm = Math.max(worstMm, d * 1e6);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(2000);
    expect(worstMm).toBeLessThan(1);
  });

  it('inverts geodeticToEcef to well under 1 mm and 1e-9 deg', () => {
    let worstMm = 0;
    for (const { lat, lon, h, ecef } of POINTS) {
      const g = ecefToGeodetic(ecef);
      worstMm = Math.max(worstMm, Math.abs(g.altitudeKm - h) * 1e6);
      expect(Math.abs(g.latitudeDeg - lat)).toBeLessThan(1e-9);
      // Longitude is undefined at the poles.
      if (Math.abs(lat) < 90) {
        const dLon = Math.abs(((g.longitudeDeg - lon + 540) % 360) - 180);
        expect(dLon).toBeLessThan(1e-9);
      }
    }
    expect(worstMm).toBeLessThan(1);
  });

  it('knows the ellipsoid: the poles are 21.385 km closer to the centre than the equator', () => {
    expect(ecefToGeodetic({ x: 0, y: 0, z: 6356.752314245 }).altitudeKm).toBeCloseTo(0, 9);
    expect(ecefToGeodetic({ x: 0, y: 0, z: -6356.752314245 }).latitudeDeg).toBe(-90);
    expect(ecefToGeodetic({ x: 6378.137, y: 0, z: 0 }).altitudeKm).toBeCloseTo(0, 9);
    const overEquator = ecefToGeodetic({ x: 0, y: 6778.137, z: 0 });
    expect(overEquator.latitudeDeg).toBe(0);
    expect(overEquator.longitudeDeg).toBe(90);
    expect(overEquator.altitudeKm).toBeCloseTo(400, 9);
  });
});

describe('temeToEcef and gmstRad', () => {
  it('rotates by GMST about the pole: a vector on the TEME x axis lands at longitude -GMST', () => {
    const t = Date.parse('2026-10-09T19:42:49.139Z');
    const gmst = gmstRad(t);
    const r = temeToEcef({ x: 7000, y: 0, z: 100 }, gmst);
    expect(Math.atan2(r.y, r.x)).toBeCloseTo(-gmst + (gmst > Math.PI ? 2 * Math.PI : 0), 12);
    expect(Math.hypot(r.x, r.y)).toBeCloseTo(7000, 9);
    expect(r.z).toBe(100);
  });

  it('gives GMST 18h 41m 50.55s (280.4606 deg) at 2000-01-01T12:00 UT1, as IAU-82 does', () => {
    expect(toDegrees(gmstRad(Date.parse('2000-01-01T12:00:00Z')))).toBeCloseTo(280.46061837, 6);
    // One sidereal day later GMST has come back round.
    const t0 = Date.parse('2026-03-01T00:00:00Z');
    const siderealDayMs = 86_164_090.5;
    expect(Math.abs(gmstRad(t0 + siderealDayMs) - gmstRad(t0))).toBeLessThan(toRadians(1e-5));
  });
});
