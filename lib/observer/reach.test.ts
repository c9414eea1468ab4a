import { describe, expect, it } from 'vitest';
import { apogeeAltitudeKm, noPassesCase, reachLatitudeDeg } from './reach';

// The reference ISS elements: inclination 51.6314 deg, 15.48793003 rev/day, e = 0.0006775.
const ISS = { inclinationDeg: 51.6314, meanMotionRevPerDay: 15.48793003, eccentricity: 0.0006775 };

describe('reach', () => {
  it('puts the ISS at its known height', () => {
    // ~420 km above the mean radius at apogee for these elements.
    expect(apogeeAltitudeKm(ISS.meanMotionRevPerDay, ISS.eccentricity)).toBeGreaterThan(400);
    expect(apogeeAltitudeKm(ISS.meanMotionRevPerDay, ISS.eccentricity)).toBeLessThan(440);
  });

  it('sees the ISS up to about 72 deg at the horizon, less at 10 deg', () => {
    const horizon = reachLatitudeDeg(ISS.inclinationDeg, ISS.meanMotionRevPerDay, ISS.eccentricity, 0);
    const ten = reachLatitudeDeg(ISS.inclinationDeg, ISS.meanMotionRevPerDay, ISS.eccentricity, 10);
    expect(horizon).toBeGreaterThan(71);
    expect(horizon).toBeLessThan(73);
    expect(ten).toBeGreaterThan(64.2); // Reykjavik (64.1 N) does see 10-degree passes
    expect(ten).toBeLessThan(horizon - 5);
  });

  it('treats a retrograde orbit by its supplement', () => {
    expect(reachLatitudeDeg(97.5, 15.2, 0.001, 0)).toBeCloseTo(reachLatitudeDeg(82.5, 15.2, 0.001, 0), 9);
  });
});

describe('noPassesCase', () => {
  const ctx = { ...ISS, minElevationDeg: 10, days: 10, visibleOnly: false, anyPass: false };
  it('a station that never rises (McMurdo, Antarctica), with how far north or south it can be seen', () => {
    const found = noPassesCase({ ...ctx, latitudeDeg: -77.85 });
    expect(found.code).toBe('neverRises');
    expect(found.code === 'neverRises' && found.horizonReachDeg).toBeCloseTo(
      reachLatitudeDeg(ISS.inclinationDeg, ISS.meanMotionRevPerDay, ISS.eccentricity, 0),
      9,
    );
  });
  it('passes that stay low, where a lower threshold would show them (Longyearbyen at 10 deg)', () => {
    expect(noPassesCase({ ...ctx, latitudeDeg: 70.5 })).toEqual({ code: 'staysLow' });
  });
  it('an empty visible-only list where passes there are', () => {
    expect(noPassesCase({ ...ctx, latitudeDeg: 51.5, visibleOnly: true, anyPass: true })).toEqual({
      code: 'noneVisible',
    });
  });
  it('otherwise, none up to the threshold in the window', () => {
    expect(noPassesCase({ ...ctx, latitudeDeg: 51.5, days: 1 })).toEqual({ code: 'noneHigh' });
  });
});
