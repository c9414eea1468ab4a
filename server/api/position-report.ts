import { footprintDiameterKm } from '../../lib/orbit/footprint';
import { stateAt } from '../../lib/orbit/propagate';
import type { SatRec } from '../../lib/orbit/satrec';
import { predictionUncertainty } from '../../lib/orbit/uncertainty';
import { julianDate } from '../../lib/orbit/time';
import { isSunlit } from '../../lib/sun/shadow';
import { subsolarPoint } from '../../lib/sun/sun-position';
import type { Tle } from '../../lib/tle';
import { KM_PER_MILE, wrapAzimuth, type EpochMs } from '../../lib/units';
import type { DistanceUnits } from './position-query';
import type { TleSourceName } from './tle-report';
import { isoFromMs } from './iso';

/**
 * The body of GET /api/position: the field names and meanings of wheretheiss.at `/v1/satellites/25544`,
 * so clients written for that API work unchanged, plus where the elements came from.
 */
export interface PositionReport {
  name: string;
  id: number;
  /** Geodetic (WGS84) latitude, degrees. */
  latitude: number;
  /** Degrees east, -180..180. */
  longitude: number;
  /** Height above the WGS84 ellipsoid, in `units`. */
  altitude: number;
  /** Inertial speed, km/h or mph. */
  velocity: number;
  visibility: 'daylight' | 'eclipsed';
  /** Diameter of the area on the ground that sees the satellite above the horizon, in `units`. */
  footprint: number;
  /** Unix seconds. */
  timestamp: number;
  /** Julian day (UTC). */
  daynum: number;
  /** Subsolar point latitude, degrees. */
  solar_lat: number;
  /** Subsolar point longitude, degrees east in 0..360 as wheretheiss.at gives it. */
  solar_lon: number;
  units: DistanceUnits;
  /** ISO 8601 epoch of the TLE used. */
  tle_epoch: string;
  tle_source: TleSourceName;
  /**
   * 95 % bound on the distance between this predicted position and the true one, km (whatever `units`), from the
   * age of the elements at `timestamp` (lib/orbit/uncertainty.ts). Near the orbit's diameter (~13,600 km) the
   * elements cannot place the station at all.
   */
  position_uncertainty_km: number;
}

export interface PositionReportInput {
  tle: Tle;
  satrec: SatRec;
  tleSource: TleSourceName;
  atMs: EpochMs;
  units: DistanceUnits;
}

export const ISS_NORAD_ID = 25544;

/** wheretheiss.at's satellite name: "iss" for the ISS, otherwise the TLE's name (or number) in lower case. */
export const satelliteName = (tle: Tle): string =>
  tle.noradId === ISS_NORAD_ID ? 'iss' : (tle.name ?? String(tle.noradId)).toLowerCase();

/** The report at an instant; null when SGP4 cannot propagate the elements to it (e.g. a decayed orbit). */
export function buildPositionReport({
  tle,
  satrec,
  tleSource,
  atMs,
  units,
}: PositionReportInput): PositionReport | null {
  const state = stateAt(satrec, atMs);
  if (state === null) return null;
  const perKm = units === 'miles' ? 1 / KM_PER_MILE : 1;
  const sun = subsolarPoint(atMs);
  return {
    name: satelliteName(tle),
    id: tle.noradId,
    latitude: state.latitudeDeg,
    longitude: state.longitudeDeg,
    altitude: state.altitudeKm * perKm,
    velocity: state.speedKmPerSec * 3600 * perKm,
    visibility: isSunlit(state.positionTemeKm, atMs) ? 'daylight' : 'eclipsed',
    footprint: footprintDiameterKm(state.altitudeKm) * perKm,
    timestamp: atMs / 1000,
    daynum: julianDate(atMs),
    solar_lat: sun.latitudeDeg,
    solar_lon: wrapAzimuth(sun.longitudeDeg),
    units,
    tle_epoch: isoFromMs(tle.epochMs),
    tle_source: tleSource,
    position_uncertainty_km: Math.round(predictionUncertainty(tle, atMs).positionKm * 10) / 10,
  };
}
