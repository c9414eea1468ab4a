import { MS_PER_DAY, type Kilometers, type KmPerSecond } from '../units';

const SECONDS_PER_DAY = MS_PER_DAY / 1000;

/** Earth's gravitational parameter (WGS72, as SGP4 uses), km^3/s^2. */
export const MU_KM3_PER_S2 = 398600.8;

/** Semi-major axis of the mean orbit from its mean motion (Kepler's third law). */
export function semiMajorAxisKm(meanMotionRevPerDay: number): Kilometers {
  const nRadPerSec = (meanMotionRevPerDay * 2 * Math.PI) / SECONDS_PER_DAY;
  return Math.cbrt(MU_KM3_PER_S2 / (nRadPerSec * nRadPerSec));
}

/** Mean speed along the orbit, from its mean motion: circumference over period (exact for a circle). */
export function meanOrbitalSpeedKmPerSec(meanMotionRevPerDay: number): KmPerSecond {
  return (2 * Math.PI * semiMajorAxisKm(meanMotionRevPerDay) * meanMotionRevPerDay) / SECONDS_PER_DAY;
}
