import type { Degrees, EpochMs, Kilometers, Meters, Seconds } from '../units';

/** A place on the WGS84 ellipsoid: geodetic latitude, east-positive longitude, height above the ellipsoid. */
export interface Observer {
  latitudeDeg: Degrees;
  longitudeDeg: Degrees;
  heightM: Meters;
  name?: string;
}

/** Where the satellite stands in the observer's sky at one moment. */
export interface SkyPoint {
  atMs: EpochMs;
  /** Clockwise from true north, [0, 360). */
  azimuthDeg: Degrees;
  /** Geometric, or apparent when the search ran with `refraction: true`. */
  elevationDeg: Degrees;
  rangeKm: Kilometers;
}

/**
 * One passage of the satellite above the observer's horizon (elevation 0, or the refracted horizon).
 *
 * Selection: a pass is returned when its above-horizon interval [rise, set] overlaps the search window
 * [fromMs, toMs] and its maximum elevation reaches `minElevationDeg`. Its times are always the real ones:
 * a pass already under way at `fromMs` keeps its true rise (before the window, `inProgressAtStart`), and
 * one still under way at `toMs` keeps its true set (after the window, `endsAfterWindow`).
 */
export interface Pass {
  rise: SkyPoint;
  culmination: SkyPoint;
  set: SkyPoint;
  maxElevationDeg: Degrees;
  durationSec: Seconds;
  /** The satellite was already above the horizon at `fromMs`. */
  inProgressAtStart: boolean;
  /** The satellite is still above the horizon at `toMs`. */
  endsAfterWindow: boolean;
  /**
   * A person can see it: the visible part (satellite sunlit, Sun <= -6 deg, above the horizon) climbs to at
   * least `minVisibleElevationDeg` (default 10). A part that stays lower is a few seconds of a dot in the
   * horizon's haze, which nobody sees.
   */
  visible: boolean;
  /** First and last moments of the geometric visible part (whatever its height); null when there is none. */
  visibleStart: SkyPoint | null;
  visibleEnd: SkyPoint | null;
  /** Highest elevation reached during the geometric visible part; null when there is none. */
  visibleMaxElevationDeg: Degrees | null;
  /** Brightest visual magnitude over the geometric visible part; null when there is none or no standard magnitude. */
  magnitude: number | null;
}

export interface PassOptions {
  fromMs: EpochMs;
  toMs: EpochMs;
  /** Keep passes whose maximum elevation reaches this (default 10; 0 keeps every pass above the horizon). */
  minElevationDeg?: Degrees;
  /** The visible part must climb this high for the pass to count as `visible` (default 10, as Heavens-Above). */
  minVisibleElevationDeg?: Degrees;
  /** Apply standard atmospheric refraction (default false: geometric elevations, 0 deg horizon). */
  refraction?: boolean;
  /**
   * Standard magnitude (1000 km, 50 % illuminated) for the brightness estimate. Defaults to the ISS
   * value (-1.8); pass null to skip magnitudes for an object whose brightness is unknown.
   */
  standardMagnitude?: number | null;
}
