export type { ObserverPlace, ObserverSource } from './types';
export {
  MAX_HEIGHT_M,
  MIN_HEIGHT_M,
  parseCoordinatePair,
  parseHeight,
  parseLatitude,
  parseLongitude,
  type FieldResult,
} from './coordinates';
export {
  MAX_NAME_LENGTH,
  cleanPlaceName,
  observerFromSearchParams,
  withObserverParams,
  withoutObserverParams,
  type ObserverFromParams,
} from './url-params';
export {
  GAZETTEER_URL,
  GAZETTEER_VERSION,
  decodeGazetteer,
  foldName,
  searchPlaces,
  type GazetteerFile,
  type GazetteerRow,
  type Place,
  type SearchOptions,
} from './gazetteer';
export { apogeeAltitudeKm, noPassesReason, reachLatitudeDeg, type NoPassesContext } from './reach';
