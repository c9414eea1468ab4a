import type { SatRec } from 'satellite.js';
import type { EpochMs } from '../units';
import { satrecPeriodMs } from '../orbit/kepler';
import { WGS72_EARTH_RADIUS_KM, WGS72_MU_KM3_PER_S2 } from '../orbit/wgs72';
import { EARTH_ROTATION_RAD_PER_SEC } from './look-angles';
import { brentRoot } from './roots';
import type { TrackPoint, Tracker } from './tracker';

// How the search avoids both a per-second scan and missed grazing passes:
//
// 1. Safe skipping. The satellite can only be above the horizon while its geocentric angle from the
//    observer is below a "zone" angle (from the horizon geometry at the orbit's highest radius, with a
//    margin for the ellipsoid normal). That angle changes no faster than the satellite's largest
//    angular rate across the Earth-fixed sky, so from any moment outside the zone the search jumps ahead
//    by (angle - zone) / rate: it cannot jump over a moment inside the zone. Far from the observer
//    the jumps are tens of minutes long.
// 2. Derivative bracketing inside the zone. There the angle has a single minimum per visit (the orbit
//    is a near great circle across a zone only ~20 deg wide for the ISS), so stepping at a fraction of
//    the zone crossing time until the elevation rate turns negative brackets the culmination however
//    low it is: a pass peaking 0.01 deg above the horizon is found like any other.
// 3. Refinement. Brent's method on d(sin el)/dt gives the culmination; if it clears the horizon,
//    safeguarded Newton (the elevation rate comes with every SGP4 state) gives rise and set to < 1 ms.

/** Geocentric-elevation margin below the horizon for the zone: covers the ellipsoid normal's tilt. */
const ZONE_MARGIN_DEG = 0.5;
const SMALLEST_SKIP_MS = 1000;
/** Within this angle of the zone the search stops skipping and steps (skips shrink geometrically there). */
const ZONE_ENTRY_BAND_RAD = (2 * Math.PI) / 180;
/**
 * The orbital plane moves against the observer only through the Earth's turn, nodal regression and the
 * short-period wobble of the osculating plane: a rate and an angle margin that cover all three.
 */
const PLANE_RATE_RAD_PER_SEC = EARTH_ROTATION_RAD_PER_SEC + 5e-6;
const PLANE_WOBBLE_RAD = (0.3 * Math.PI) / 180;
const NEWTON_DONE_MS = 0.5;
const CULMINATION_TOLERANCE_MS = 2;

interface RawPass {
  rise: TrackPoint;
  culmination: TrackPoint;
  set: TrackPoint;
}

interface SearchGeometry {
  zoneAngleRad: number;
  maxAngularRateRadPerSec: number;
  /** Along-track rate bound: orbital rate plus the foot point's drift while the plane is within 60 deg. */
  maxAlongTrackRateRadPerSec: number;
  zoneStepMs: number;
  meanMotionRadPerSec: number;
  /** How far before the window the search starts, so a pass under way at its start is found whole. */
  leadInMs: number;
}

function searchGeometry(satrec: SatRec, observerRadiusKm: number, horizonDeg: number): SearchGeometry {
  const semiMajorKm = satrec.a * WGS72_EARTH_RADIUS_KM;
  const e = Math.min(Math.max(satrec.ecco, 0), 0.99);
  // SGP4's short-period terms move the radius by ~10 km around the mean orbit.
  const maxRadiusKm = semiMajorKm * (1 + e) + 50;
  const perigeeKm = Math.max(semiMajorKm * (1 - e) - 50, observerRadiusKm * 0.9);
  const perigeeRate = Math.sqrt(WGS72_MU_KM3_PER_S2 * semiMajorKm * (1 - e * e)) / (perigeeKm * perigeeKm);
  const lowest = ((horizonDeg - ZONE_MARGIN_DEG) * Math.PI) / 180;
  const cosArg = (observerRadiusKm * Math.cos(lowest)) / maxRadiusKm;
  const zoneAngleRad = cosArg >= 1 ? 0 : Math.acos(cosArg) - lowest;
  const periodMs = satrecPeriodMs(satrec);
  return {
    zoneAngleRad,
    maxAngularRateRadPerSec: 1.05 * perigeeRate + EARTH_ROTATION_RAD_PER_SEC,
    maxAlongTrackRateRadPerSec: 1.05 * perigeeRate + 2 * EARTH_ROTATION_RAD_PER_SEC,
    meanMotionRadPerSec: satrec.no / 60,
    zoneStepMs: Math.min(Math.max(periodMs / 90, 10_000), 600_000),
    leadInMs: Math.min(periodMs / 2, 6 * 3_600_000),
  };
}

const isAbove = (p: TrackPoint, horizonDeg: number) => p.elevationDeg >= horizonDeg;

/** Safeguarded Newton on elevation - horizon between a point below and a point above it. */
function horizonCrossing(
  tracker: Tracker,
  first: TrackPoint,
  second: TrackPoint,
  horizonDeg: number,
  start: TrackPoint,
): TrackPoint {
  let below = isAbove(first, horizonDeg) ? second : first;
  let above = below === first ? second : first;
  let p = start;
  for (let i = 0; i < 50; i++) {
    if (isAbove(p, horizonDeg)) above = p;
    else below = p;
    const lo = Math.min(below.atMs, above.atMs);
    const hi = Math.max(below.atMs, above.atMs);
    if (hi - lo < 2 * NEWTON_DONE_MS) return p;
    let next = p.atMs - ((p.elevationDeg - horizonDeg) / p.elevationRateDegPerSec) * 1000;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    else if (Math.abs(next - p.atMs) < NEWTON_DONE_MS) return p;
    const q = tracker.at(next);
    if (!q) return p;
    p = q;
  }
  return p;
}

/** The highest point between a (elevation rising) and b (falling). */
function culminationBetween(tracker: Tracker, a: TrackPoint, b: TrackPoint): TrackPoint {
  let best = a.elevationDeg >= b.elevationDeg ? a : b;
  const rate = (t: EpochMs) => {
    const p = tracker.at(t);
    if (!p) return 0;
    if (p.elevationDeg > best.elevationDeg) best = p;
    return p.sinElevationRatePerSec;
  };
  brentRoot(rate, a.atMs, b.atMs, a.sinElevationRatePerSec, b.sinElevationRatePerSec, CULMINATION_TOLERANCE_MS);
  return best;
}

/**
 * Every passage above `horizonDeg` (geometric) whose above-horizon interval overlaps [fromMs, toMs],
 * with the real rise and set even outside the window.
 */
export function searchPasses(tracker: Tracker, fromMs: EpochMs, toMs: EpochMs, horizonDeg: number): RawPass[] {
  const geo = searchGeometry(tracker.satrec, tracker.frame.radiusKm, horizonDeg);
  const passes: RawPass[] = [];
  if (geo.zoneAngleRad <= 0) return passes;
  let t = fromMs - geo.leadInMs;
  // Start below the horizon, so the first pass found is found from its rise.
  for (let k = 0; k < 8; k++) {
    const p = tracker.at(t);
    if (!p || !isAbove(p, horizonDeg)) break;
    t -= geo.leadInMs;
  }

  while (t < toMs) {
    const p = tracker.at(t);
    if (!p) {
      t += geo.zoneStepMs;
      continue;
    }
    const outsideRad = p.centralAngleRad - geo.zoneAngleRad;
    if (outsideRad > ZONE_ENTRY_BAND_RAD) {
      // Two lower bounds on the angle ahead: it shrinks no faster than the satellite crosses the sky,
      // and never gets below the observer's angle from the orbital plane, which drifts slowly.
      const bySatelliteMs = (outsideRad / geo.maxAngularRateRadPerSec) * 1000;
      const planeGapRad = p.orbitPlaneAngleRad - PLANE_WOBBLE_RAD - geo.zoneAngleRad;
      const byPlaneMs = (planeGapRad / PLANE_RATE_RAD_PER_SEC) * 1000;
      // Third bound: cos(central) = cos(plane angle) cos(along-track angle), so the satellite is in the
      // zone only while the along-track angle is within the zone angle of the observer's foot point,
      // which it reaches no sooner than its orbital rate (plus the foot point's drift) allows.
      let byOrbitMs = 0;
      if (Math.cos(p.orbitPlaneAngleRad) >= 0.5) {
        const toZoneRad = 2 * Math.PI - geo.zoneAngleRad - PLANE_WOBBLE_RAD - p.alongTrackRad;
        byOrbitMs = (toZoneRad / geo.maxAlongTrackRateRadPerSec) * 1000;
      }
      t += Math.max(bySatelliteMs, byPlaneMs, byOrbitMs, SMALLEST_SKIP_MS);
      continue;
    }
    if (p.sinElevationRatePerSec <= 0 && !isAbove(p, horizonDeg)) {
      // Leaving the zone after a culmination, where the next one is most of an orbit away: step to
      // where the along-track bound above takes over.
      const pastRad = geo.zoneAngleRad + PLANE_WOBBLE_RAD + ZONE_ENTRY_BAND_RAD / 2 - p.alongTrackRad;
      const leaveMs = p.alongTrackRad < Math.PI ? (pastRad / geo.meanMotionRadPerSec) * 1000 : 0;
      t += Math.max(geo.zoneStepMs, leaveMs);
      continue;
    }
    const found = passFrom(tracker, p, geo, horizonDeg);
    if (!found) {
      t += geo.zoneStepMs;
      continue;
    }
    if ('culminationOnly' in found) {
      t = Math.max(found.culminationOnly.atMs, t) + geo.zoneStepMs;
      continue;
    }
    const last = passes[passes.length - 1];
    if (!last || found.culmination.atMs - last.culmination.atMs > 1000) passes.push(found);
    t = Math.max(found.set.atMs, t) + SMALLEST_SKIP_MS;
  }
  return passes.filter((pass) => pass.rise.atMs < toMs && pass.set.atMs > fromMs);
}

/** From a point in the zone that is approaching (or already above the horizon): the pass, if any. */
function passFrom(
  tracker: Tracker,
  p: TrackPoint,
  geo: SearchGeometry,
  horizonDeg: number,
): RawPass | { culminationOnly: TrackPoint } | null {
  const maxSteps = 1000;
  // Bracket the culmination: the elevation rate changes sign once per zone visit.
  let a = p;
  let b: TrackPoint | null = p;
  if (a.sinElevationRatePerSec > 0) {
    for (let i = 0; i < maxSteps && b && b.sinElevationRatePerSec > 0; i++) {
      a = b;
      // The culmination is close to the moment the satellite passes the observer's foot point on the
      // orbit; aim slightly beyond it so the next sample usually brackets it.
      const toFootRad = a.alongTrackRad > Math.PI ? 2 * Math.PI - a.alongTrackRad : 0;
      const predictedMs = (toFootRad / geo.meanMotionRadPerSec) * 1000;
      const stepMs = Math.min(Math.max(predictedMs * 1.05 + 5000, 5000), 4 * geo.zoneStepMs);
      b = tracker.at(a.atMs + stepMs);
    }
  } else {
    // Above the horizon and falling: the culmination is behind.
    for (let i = 0; i < maxSteps && a && a.sinElevationRatePerSec <= 0; i++) {
      b = a;
      const q = tracker.at(b.atMs - geo.zoneStepMs);
      if (!q) return null;
      a = q;
    }
  }
  if (!b || b.sinElevationRatePerSec > 0 || a.sinElevationRatePerSec <= 0) return null;
  const culmination = culminationBetween(tracker, a, b);
  if (!isAbove(culmination, horizonDeg)) return { culminationOnly: culmination };

  // Rise: a point below the horizon before the culmination, then Newton from it.
  let before: TrackPoint | null = isAbove(p, horizonDeg) || p.atMs > culmination.atMs ? null : p;
  for (let i = 0; i < maxSteps && !before; i++) {
    const q = tracker.at(culmination.atMs - (i + 1) * geo.zoneStepMs);
    if (!q) return null;
    if (!isAbove(q, horizonDeg)) before = q;
  }
  if (!before) return null;
  const rise = horizonCrossing(tracker, before, culmination, horizonDeg, before);

  // Set: passes are nearly symmetric about the culmination, so the mirrored rise is a close guess.
  let after = tracker.at(2 * culmination.atMs - rise.atMs + 1000);
  for (let i = 0; i < maxSteps && after && isAbove(after, horizonDeg); i++) {
    after = tracker.at(after.atMs + geo.zoneStepMs);
  }
  if (!after) return null;
  const set = horizonCrossing(tracker, culmination, after, horizonDeg, after);
  return { rise, culmination, set };
}
