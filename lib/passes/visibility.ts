import type { Degrees, EpochMs, Vec3 } from '../units';
import { gmstRad, temeToEcef } from '../orbit/geodetic';
import { isSunlit, isSunlitWithSun } from '../sun/shadow';
import { sunAltitudeDeg, sunPositionEcefKm, sunPositionTemeKm } from '../sun/sun-position';
import { brentRoot } from './roots';
import { phaseAngleDeg, visualMagnitude } from './magnitude';
import type { TrackPoint, Tracker } from './tracker';

// "Visible" is the naked-eye rule of the reference data and of Heavens-Above: the satellite is in
// sunlight (outside the conical umbra; penumbra counts as lit), the observer's sky is dark enough
// (Sun at or below -6 deg, civil twilight's end) and the satellite is above the horizon. The horizon is
// the pass's own (0 deg, or the refracted horizon), not `minElevationDeg`: that option picks which passes
// to list, and a pass that peaks at 30 deg is still seen from the moment it clears the horizon.

export const TWILIGHT_SUN_ALTITUDE_DEG: Degrees = -6;
/** Sampling step for the lighting conditions before their boundaries are refined. */
const LIGHTING_SAMPLE_MS = 60_000;
const BOUNDARY_TOLERANCE_MS = 50;
/** Sun altitude curves by < 0.02 deg over a pass, so three samples above this rule out darkness. */
const DAYLIGHT_MARGIN_DEG = 0.05;

interface VisibleSegment {
  start: TrackPoint;
  end: TrackPoint;
}

export function isDarkSky(tracker: Tracker, atMs: EpochMs): boolean {
  return sunAltitudeDeg(tracker.observer.latitudeDeg, tracker.observer.longitudeDeg, atMs) <= TWILIGHT_SUN_ALTITUDE_DEG;
}

export function isSatelliteSunlit(point: TrackPoint): boolean {
  return isSunlit(point.positionTemeKm, point.atMs);
}

interface Lighting {
  atMs: EpochMs;
  sunlit: boolean;
  dark: boolean;
}

/**
 * The visible part of a pass (from its rise to its set): first and last visible moments, with the
 * shadow and twilight boundaries refined to 50 ms. Null when no part is visible.
 */
export function visibleSegment(tracker: Tracker, rise: TrackPoint, set: TrackPoint): VisibleSegment | null {
  const { latitudeDeg, longitudeDeg } = tracker.observer;
  const sunAlt = (t: EpochMs) => sunAltitudeDeg(latitudeDeg, longitudeDeg, t);
  const midMs = (rise.atMs + set.atMs) / 2;
  const altitudes = [sunAlt(rise.atMs), sunAlt(midMs), sunAlt(set.atMs)];
  if (altitudes.every((alt) => alt > TWILIGHT_SUN_ALTITUDE_DEG + DAYLIGHT_MARGIN_DEG)) return null;
  const darkThroughout = altitudes.every((alt) => alt <= TWILIGHT_SUN_ALTITUDE_DEG - DAYLIGHT_MARGIN_DEG);
  const isDark = (t: EpochMs) => darkThroughout || sunAlt(t) <= TWILIGHT_SUN_ALTITUDE_DEG;

  // Over one pass the Sun's geocentric vector moves along a straight line to within nanoradians.
  const sunFirst = sunPositionTemeKm(rise.atMs);
  const sunLast = sunPositionTemeKm(set.atMs);
  const spanMs = Math.max(set.atMs - rise.atMs, 1);
  const sunAt = (t: EpochMs): Vec3 => {
    const f = (t - rise.atMs) / spanMs;
    return {
      x: sunFirst.x + (sunLast.x - sunFirst.x) * f,
      y: sunFirst.y + (sunLast.y - sunFirst.y) * f,
      z: sunFirst.z + (sunLast.z - sunFirst.z) * f,
    };
  };
  const sunlit = (p: TrackPoint) => isSunlitWithSun(p.positionTemeKm, sunAt(p.atMs));

  const lightingAt = (t: EpochMs, point?: TrackPoint | null): Lighting | null => {
    const p = point ?? tracker.at(t);
    if (!p) return null;
    return { atMs: t, sunlit: sunlit(p), dark: isDark(t) };
  };

  const durationMs = set.atMs - rise.atMs;
  const n = Math.max(2, Math.ceil(durationMs / LIGHTING_SAMPLE_MS));
  const samples: Lighting[] = [];
  for (let k = 0; k <= n; k++) {
    const point = k === 0 ? rise : k === n ? set : null;
    const s = lightingAt(rise.atMs + (durationMs * k) / n, point);
    if (s) samples.push(s);
  }

  // Breakpoints where either condition changes, then test each piece in between at its middle.
  const breaks: EpochMs[] = [rise.atMs, set.atMs];
  for (let k = 1; k < samples.length; k++) {
    const a = samples[k - 1];
    const b = samples[k];
    if (a === undefined || b === undefined) continue;
    if (a.sunlit !== b.sunlit) {
      let lo = a.atMs;
      let hi = b.atMs;
      while (hi - lo > BOUNDARY_TOLERANCE_MS) {
        const mid = (lo + hi) / 2;
        const m = tracker.at(mid);
        if (!m) break;
        if (sunlit(m) === a.sunlit) lo = mid;
        else hi = mid;
      }
      breaks.push((lo + hi) / 2);
    }
    if (a.dark !== b.dark) {
      const f = (t: EpochMs) => sunAlt(t) - TWILIGHT_SUN_ALTITUDE_DEG;
      breaks.push(brentRoot(f, a.atMs, b.atMs, f(a.atMs), f(b.atMs), BOUNDARY_TOLERANCE_MS));
    }
  }
  breaks.sort((x, y) => x - y);

  let startMs: EpochMs | null = null;
  let endMs: EpochMs | null = null;
  for (let k = 1; k < breaks.length; k++) {
    const lo = breaks[k - 1];
    const hi = breaks[k];
    if (lo === undefined || hi === undefined || hi - lo <= 0) continue;
    const m = lightingAt((lo + hi) / 2);
    if (m && m.sunlit && m.dark) {
      startMs ??= lo;
      endMs = hi;
    }
  }
  if (startMs === null || endMs === null) return null;
  const start = startMs === rise.atMs ? rise : tracker.at(startMs);
  const end = endMs === set.atMs ? set : tracker.at(endMs);
  return start && end ? { start, end } : null;
}

/** Magnitude of the satellite at one tracked moment. */
function magnitudeAt(tracker: Tracker, point: TrackPoint, standardMagnitude: number): number {
  const gmst = gmstRad(point.atMs);
  const satellite = temeToEcef(point.positionTemeKm, gmst);
  const phase = phaseAngleDeg(satellite, sunPositionEcefKm(point.atMs), tracker.frame.ecefKm);
  return visualMagnitude(standardMagnitude, point.rangeKm, phase);
}

const MAGNITUDE_SAMPLE_MS = 45_000;
const MAGNITUDE_TOLERANCE_MS = 2_000;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** Brightest (smallest) magnitude over a visible segment: coarse samples, then a golden-section search. */
export function brightestMagnitude(tracker: Tracker, segment: VisibleSegment, standardMagnitude: number): number {
  const mag = (t: EpochMs): number => {
    const p = tracker.at(t);
    return p ? magnitudeAt(tracker, p, standardMagnitude) : Infinity;
  };
  const a0 = segment.start.atMs;
  const b0 = segment.end.atMs;
  const n = Math.max(2, Math.ceil((b0 - a0) / MAGNITUDE_SAMPLE_MS));
  const times: EpochMs[] = [];
  const values: number[] = [];
  for (let k = 0; k <= n; k++) {
    const t = a0 + ((b0 - a0) * k) / n;
    times.push(t);
    const point = k === 0 ? segment.start : k === n ? segment.end : null;
    values.push(point ? magnitudeAt(tracker, point, standardMagnitude) : mag(t));
  }
  // n >= 2, so values and times hold at least three entries: the fallbacks below are never taken.
  let best = 0;
  let bestValue = values[0] ?? NaN;
  for (let k = 1; k < values.length; k++) {
    const value = values[k] ?? NaN;
    if (value < bestValue) {
      best = k;
      bestValue = value;
    }
  }
  let lo = times[Math.max(0, best - 1)] ?? a0;
  let hi = times[Math.min(times.length - 1, best + 1)] ?? b0;
  let x1 = hi - GOLDEN * (hi - lo);
  let x2 = lo + GOLDEN * (hi - lo);
  let f1 = mag(x1);
  let f2 = mag(x2);
  while (hi - lo > MAGNITUDE_TOLERANCE_MS) {
    if (f1 < f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - GOLDEN * (hi - lo);
      f1 = mag(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + GOLDEN * (hi - lo);
      f2 = mag(x2);
    }
  }
  bestValue = Math.min(bestValue, f1, f2);
  return bestValue;
}
