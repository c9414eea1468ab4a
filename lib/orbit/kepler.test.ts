import { constants } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { newestTle } from '../../test-support/catalogue';
import { orbitPeriodMs, satrecPeriodMs, semiMajorAxisKm } from './kepler';
import { createSatrec } from './satrec';
import { WGS72_EARTH_RADIUS_KM, WGS72_MU_KM3_PER_S2 } from './wgs72';

describe('the WGS72 constants and the orbital period', () => {
  it("are the Earth model satellite.js initialises satrecs with (SGP4's units depend on them)", () => {
    expect(WGS72_EARTH_RADIUS_KM).toBe(constants.earthRadius);
    expect(WGS72_MU_KM3_PER_S2).toBe(constants.mu);
  });

  it('orbitPeriodMs is one day over the mean motion, from a TLE or a number, and refuses a non-positive one', () => {
    const iss = newestTle(25544);
    // 1440 min / 15.48793003 rev = 92.976 min.
    expect(orbitPeriodMs(15.48793003) / 60_000).toBeCloseTo(92.976, 2);
    expect(orbitPeriodMs(iss)).toBe(orbitPeriodMs(iss.meanMotionRevPerDay));
    expect(() => orbitPeriodMs(0)).toThrow(RangeError);
    expect(() => orbitPeriodMs(-1)).toThrow(RangeError);
  });

  it("satrecPeriodMs (from SGP4's un-Kozai'd mean motion) is within 0.1 % of the TLE's period", () => {
    for (const id of [25544, 48274, 20580]) {
      const tle = newestTle(id);
      const ratio = satrecPeriodMs(createSatrec(tle)) / orbitPeriodMs(tle);
      expect(Math.abs(ratio - 1), `NORAD ${id}`).toBeLessThan(1e-3);
    }
  });

  it('semiMajorAxisKm puts the ISS some 400 km above the equatorial radius, and a geostationary orbit at 42,164 km', () => {
    const altitudeKm = semiMajorAxisKm(newestTle(25544).meanMotionRevPerDay) - WGS72_EARTH_RADIUS_KM;
    expect(altitudeKm).toBeGreaterThan(350);
    expect(altitudeKm).toBeLessThan(450);
    // One revolution per sidereal day.
    expect(semiMajorAxisKm(1.00273790935)).toBeCloseTo(42_164, -1);
  });
});
