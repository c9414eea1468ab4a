import type { Degrees, Kilometers, Vec3 } from '../units';

// Brightness model used by Heavens-Above and Mike McCants' satellite magnitude lists (the "qs.mag"
// standard/intrinsic magnitudes): the satellite is treated as a diffusely reflecting (Lambertian) sphere.
//
//   m = m_std + 5 log10(range / 1000 km) - 2.5 log10(F(phase) / F(90 deg))
//   F(phase) = [sin(phase) + (pi - phase) cos(phase)] / pi
//
// where m_std is the magnitude at 1000 km range and 50 % illumination (phase angle 90 deg), and the
// phase angle is the Sun-satellite-observer angle (0 = fully lit face towards the observer). With
// F(90 deg) = 1/pi the phase term is -2.5 log10(sin(phase) + (pi - phase) cos(phase)). The ISS's
// standard magnitude is about -1.8 (Heavens-Above). A sphere ignores the station's flat panels, so real
// flares and the usual scatter of +-0.5 mag are outside the model.
// Sources: M. McCants, "Satellite magnitudes" (visualsat.org / satobs.org qs.mag notes); Heavens-Above FAQ.

export const ISS_STANDARD_MAGNITUDE = -1.8;
const STANDARD_RANGE_KM = 1000;
/** Keeps the log finite at phase 180 deg (an unlit face: no light at all, i.e. invisible). */
const SMALLEST_PHASE_FACTOR = 1e-6;

/** Sun-satellite-observer angle at the satellite, deg (0 = full phase). Any common frame. */
export function phaseAngleDeg(satelliteKm: Vec3, sunKm: Vec3, observerKm: Vec3): Degrees {
  const ax = sunKm.x - satelliteKm.x;
  const ay = sunKm.y - satelliteKm.y;
  const az = sunKm.z - satelliteKm.z;
  const bx = observerKm.x - satelliteKm.x;
  const by = observerKm.y - satelliteKm.y;
  const bz = observerKm.z - satelliteKm.z;
  const cos = (ax * bx + ay * by + az * bz) / (Math.hypot(ax, ay, az) * Math.hypot(bx, by, bz));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
}

/** Visual magnitude of a diffuse sphere of the given standard magnitude (smaller = brighter). */
export function visualMagnitude(standardMagnitude: number, rangeKm: Kilometers, phaseDeg: Degrees): number {
  const phase = (Math.max(0, Math.min(180, phaseDeg)) * Math.PI) / 180;
  const phaseFactor = Math.max(Math.sin(phase) + (Math.PI - phase) * Math.cos(phase), SMALLEST_PHASE_FACTOR);
  return standardMagnitude + 5 * Math.log10(rangeKm / STANDARD_RANGE_KM) - 2.5 * Math.log10(phaseFactor);
}
