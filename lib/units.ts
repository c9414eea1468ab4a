// Units are carried in names and in these aliases so a reader never has to guess. They are plain
// numbers at run time (no branding cost in the 1 Hz tick or the pass search).
export type Degrees = number;
export type Radians = number;
export type Kilometers = number;
export type Meters = number;
export type KmPerSecond = number;
export type KmPerHour = number;
export type Seconds = number;
/** Milliseconds since the Unix epoch, as Date.getTime() returns. */
export type EpochMs = number;

export const DEG_TO_RAD = Math.PI / 180;
const RAD_TO_DEG = 180 / Math.PI;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const KM_PER_MILE = 1.609344;

export const toRadians = (deg: Degrees): Radians => deg * DEG_TO_RAD;
export const toDegrees = (rad: Radians): Degrees => rad * RAD_TO_DEG;

/** Wrap any longitude into [-180, 180). */
export function wrapLongitude(lonDeg: Degrees): Degrees {
  const wrapped = ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  return wrapped;
}

/** Wrap any angle into [0, 360). */
export function wrapAzimuth(deg: Degrees): Degrees {
  return ((deg % 360) + 360) % 360;
}

/** A 3-vector; the frame (TEME, ECEF, topocentric) is named by the variable holding it. */
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}
