import type { Degrees } from '../units';

// Standard atmosphere (10 °C, 1010 hPa) refraction, as given in Meeus, "Astronomical Algorithms",
// ch. 16: Bennett (1982) from apparent to true altitude, Saemundsson (1986) from true to apparent.
// Both are accurate to about 0.1' above the horizon; below about -1 deg the formulas lose meaning, so the
// correction is frozen at its -1 deg value there (a satellite that far down is not seen anyway). Near
// the zenith both formulas dip a hair below zero; refraction never lowers an object, so they are clamped.

const DEG_PER_ARCMIN = 1 / 60;
const LOWEST_MEANINGFUL_DEG = -1;

/** Refraction (apparent minus true), deg, for an apparent altitude (Bennett). */
export function bennettRefractionDeg(apparentElevationDeg: Degrees): Degrees {
  const h = Math.max(apparentElevationDeg, LOWEST_MEANINGFUL_DEG);
  const arcmin = 1 / Math.tan(((h + 7.31 / (h + 4.4)) * Math.PI) / 180);
  return Math.max(0, arcmin) * DEG_PER_ARCMIN;
}

/** Refraction (apparent minus true), deg, for a true (geometric) altitude (Saemundsson). */
export function saemundssonRefractionDeg(trueElevationDeg: Degrees): Degrees {
  const h = Math.max(trueElevationDeg, LOWEST_MEANINGFUL_DEG);
  const arcmin = 1.02 / Math.tan(((h + 10.3 / (h + 5.11)) * Math.PI) / 180);
  return Math.max(0, arcmin) * DEG_PER_ARCMIN;
}

/** What the eye sees for a geometric elevation. */
export function apparentElevationDeg(trueElevationDeg: Degrees): Degrees {
  return trueElevationDeg + saemundssonRefractionDeg(trueElevationDeg);
}

/**
 * Geometric elevation at which an object appears on the horizon (about -0.575 deg): with refraction on,
 * rise and set are the moments the satellite crosses this, not 0.
 */
export const REFRACTED_HORIZON_TRUE_DEG: Degrees = -bennettRefractionDeg(0);
