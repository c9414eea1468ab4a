import type { SatRec } from 'satellite.js';
import type { Tle } from '../tle/types';
import { MS_PER_DAY, MS_PER_MINUTE, type Kilometers, type KmPerSecond } from '../units';
import { WGS72_MU_KM3_PER_S2 } from './wgs72';

const SECONDS_PER_DAY = MS_PER_DAY / 1000;

/** Semi-major axis of the mean orbit from its mean motion (Kepler's third law, with SGP4's WGS72 mu). */
export function semiMajorAxisKm(meanMotionRevPerDay: number): Kilometers {
  const nRadPerSec = (meanMotionRevPerDay * 2 * Math.PI) / SECONDS_PER_DAY;
  return Math.cbrt(WGS72_MU_KM3_PER_S2 / (nRadPerSec * nRadPerSec));
}

/** Mean speed along the orbit, from its mean motion: circumference over period (exact for a circle). */
export function meanOrbitalSpeedKmPerSec(meanMotionRevPerDay: number): KmPerSecond {
  return (2 * Math.PI * semiMajorAxisKm(meanMotionRevPerDay) * meanMotionRevPerDay) / SECONDS_PER_DAY;
}

/** Orbital period from the TLE's mean motion (revolutions per day). */
export function orbitPeriodMs(tleOrMeanMotion: Pick<Tle, 'meanMotionRevPerDay'> | number): number {
  const revPerDay = typeof tleOrMeanMotion === 'number' ? tleOrMeanMotion : tleOrMeanMotion.meanMotionRevPerDay;
  if (!(revPerDay > 0)) throw new RangeError(`mean motion must be positive, got ${revPerDay} rev/day`);
  return MS_PER_DAY / revPerDay;
}

/**
 * Orbital period from an initialised satrec's mean motion (`no`, radians per minute, after SGP4's
 * un-Kozai-ing), for code that holds a satrec and not the TLE.
 */
export function satrecPeriodMs(satrec: Pick<SatRec, 'no'>): number {
  return ((2 * Math.PI) / satrec.no) * MS_PER_MINUTE;
}
