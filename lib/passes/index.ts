export type { Observer, Pass, PassOptions, SkyPoint } from './types';
export { findPasses, DEFAULT_MIN_ELEVATION_DEG, DEFAULT_MIN_VISIBLE_ELEVATION_DEG } from './find-passes';
export { passPath, type PathPoint } from './sky-path';
export { passesToIcs, type IcsOptions } from './ics';
export {
  observerFrame,
  lookAnglesFromTeme,
  lookAnglesFromEcef,
  type LookAngles,
  type ObserverFrame,
} from './look-angles';
export {
  apparentElevationDeg,
  bennettRefractionDeg,
  saemundssonRefractionDeg,
  REFRACTED_HORIZON_TRUE_DEG,
} from './refraction';
export { ISS_STANDARD_MAGNITUDE, phaseAngleDeg, visualMagnitude } from './magnitude';
export { TWILIGHT_SUN_ALTITUDE_DEG } from './visibility';
