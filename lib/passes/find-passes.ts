import type { SatRec } from 'satellite.js';
import { ISS_STANDARD_MAGNITUDE } from './magnitude';
import { apparentElevationDeg, REFRACTED_HORIZON_TRUE_DEG } from './refraction';
import { searchPasses } from './search';
import { Tracker, type TrackPoint } from './tracker';
import type { Degrees } from '../units';
import type { Observer, Pass, PassOptions, SkyPoint } from './types';
import { brightestMagnitude, visibleSegment } from './visibility';

export const DEFAULT_MIN_ELEVATION_DEG = 10;
/** Heavens-Above's rule: a pass counts as visible only when its visible part climbs to 10 degrees. */
export const DEFAULT_MIN_VISIBLE_ELEVATION_DEG = 10;

/**
 * Highest elevation of the visible part [start, end]: a pass has one culmination, so the elevation rises to it
 * and falls after it; the part's highest point is the culmination when the part holds it, else one of its ends.
 */
function visiblePartMaxElevationDeg(start: SkyPoint, end: SkyPoint, culmination: SkyPoint): Degrees {
  if (culmination.atMs >= start.atMs && culmination.atMs <= end.atMs) return culmination.elevationDeg;
  return Math.max(start.elevationDeg, end.elevationDeg);
}

/** A tracked moment as the caller sees it: apparent elevation when refraction is on. */
export function toSkyPoint(point: TrackPoint, refraction: boolean): SkyPoint {
  return {
    atMs: point.atMs,
    azimuthDeg: point.azimuthDeg,
    elevationDeg: refraction ? apparentElevationDeg(point.elevationDeg) : point.elevationDeg,
    rangeKm: point.rangeKm,
  };
}

/**
 * Passes of a satellite over an observer, in time order.
 *
 * Selection: every pass whose above-horizon interval [rise, set] overlaps [fromMs, toMs] and whose
 * maximum elevation reaches `minElevationDeg` (default 10). A pass already under way at `fromMs` is
 * included with its real rise (before `fromMs`) and `inProgressAtStart`; one that rises before `toMs`
 * and sets after it is included with its real set and `endsAfterWindow`. (The reference data selects by
 * culmination inside the window instead; the two agree except for passes cut by the window edges.)
 *
 * Rise and set are the crossings of the geometric horizon (0 deg), or with `refraction` of the refracted
 * horizon (true elevation -0.575 deg: the satellite appears earlier and stays later); reported
 * elevations are then apparent ones.
 */
export function findPasses(satrec: SatRec, observer: Observer, options: PassOptions): Pass[] {
  const { fromMs, toMs } = options;
  if (!(toMs > fromMs)) return [];
  const refraction = options.refraction ?? false;
  const minElevationDeg = options.minElevationDeg ?? DEFAULT_MIN_ELEVATION_DEG;
  const minVisibleElevationDeg = options.minVisibleElevationDeg ?? DEFAULT_MIN_VISIBLE_ELEVATION_DEG;
  const standardMagnitude =
    options.standardMagnitude === undefined ? ISS_STANDARD_MAGNITUDE : options.standardMagnitude;
  const horizonDeg = refraction ? REFRACTED_HORIZON_TRUE_DEG : 0;
  const tracker = new Tracker(satrec, observer);

  const passes: Pass[] = [];
  for (const raw of searchPasses(tracker, fromMs, toMs, horizonDeg)) {
    const culmination = toSkyPoint(raw.culmination, refraction);
    if (culmination.elevationDeg < minElevationDeg) continue;
    const segment = visibleSegment(tracker, raw.rise, raw.set);
    const visibleStart = segment ? toSkyPoint(segment.start, refraction) : null;
    const visibleEnd = segment ? toSkyPoint(segment.end, refraction) : null;
    const visibleMaxElevationDeg =
      visibleStart && visibleEnd ? visiblePartMaxElevationDeg(visibleStart, visibleEnd, culmination) : null;
    passes.push({
      rise: toSkyPoint(raw.rise, refraction),
      culmination,
      set: toSkyPoint(raw.set, refraction),
      maxElevationDeg: culmination.elevationDeg,
      durationSec: (raw.set.atMs - raw.rise.atMs) / 1000,
      inProgressAtStart: raw.rise.atMs < fromMs,
      endsAfterWindow: raw.set.atMs > toMs,
      visible: visibleMaxElevationDeg !== null && visibleMaxElevationDeg >= minVisibleElevationDeg,
      visibleStart,
      visibleEnd,
      visibleMaxElevationDeg,
      magnitude: segment && standardMagnitude !== null ? brightestMagnitude(tracker, segment, standardMagnitude) : null,
    });
  }
  return passes;
}
