import { describe, expect, it } from 'vitest';
import { apogeeAltitudeKm, noPassesReason, reachLatitudeDeg } from './reach';

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

describe('noPassesReason', () => {
  const ctx = { ...ISS, minElevationDeg: 10, days: 10, visibleOnly: false, anyPass: false };
  it('explains a station that never rises (McMurdo, Antarctica)', () => {
    expect(noPassesReason({ ...ctx, latitudeDeg: -77.85 })).toMatch(
      /never rises above your horizon at 77\.9° S: its orbit is inclined 51\.6°/,
    );
  });
  it('suggests a lower threshold where passes stay low (Longyearbyen at 10 deg)', () => {
    expect(noPassesReason({ ...ctx, latitudeDeg: 70.5 })).toMatch(/never reaches 10°: lower the minimum elevation/);
  });
  it('explains an empty visible-only list', () => {
    expect(noPassesReason({ ...ctx, latitudeDeg: 51.5, visibleOnly: true, anyPass: true })).toMatch(
      /No visible passes in the next 10 days/,
    );
  });
  it('falls back to the window and threshold', () => {
    expect(noPassesReason({ ...ctx, latitudeDeg: 51.5, days: 1 })).toMatch(/No passes reach 10° in the next 1 day\./);
  });
});
