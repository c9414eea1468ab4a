export type { Observer, Pass, SkyPoint } from './types';
export { findPasses, DEFAULT_MIN_VISIBLE_ELEVATION_DEG } from './find-passes';
export { passPath, type PathPoint } from './sky-path';
export { passesToIcs } from './ics';
export { observerFrame, lookAnglesFromEcef, type LookAngles, type ObserverFrame } from './look-angles';
export { TWILIGHT_SUN_ALTITUDE_DEG } from './visibility';
