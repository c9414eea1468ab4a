export { createSatrec, describeSatrecError, type SatRec } from './satrec';
export {
  WGS84_A_KM,
  WGS84_E2,
  WGS84_F,
  ecefToGeodetic,
  ecefToGeodeticInto,
  geodeticToEcef,
  gmstRad,
  temeToEcef,
  type Geodetic,
} from './geodetic';
export {
  geodeticAt,
  minutesSinceEpoch,
  propagateMinutes,
  sgp4AtMs,
  stateAt,
  type GeodeticPoint,
  type SatState,
  type TemePositionVelocity,
} from './propagate';
export { orbitPeriodMs, satrecPeriodMs } from './kepler';
export {
  MEAN_EARTH_RADIUS_KM,
  footprintAngle,
  footprintDiameterKm,
  footprintPolygons,
  footprintRadiusKm,
} from './footprint';
export { orbitNumberAt } from './orbit-number';
export { capRings, centralAngle, joinRingsAlongTopEdge } from './spherical-cap';
export { julianDate } from './time';
