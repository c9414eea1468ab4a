export type { ObserverPlace, ObserverSource } from './types';
export {
  parseCoordinatePair,
  parseHeight,
  parseLatitude,
  parseLongitude,
  type Axis,
  type CoordinateProblem,
  type FieldResult,
} from './coordinates';
export {
  cleanPlaceName,
  observerFromSearchParams,
  withObserverParams,
  withoutObserverParams,
  type LinkProblem,
} from './url-params';
export { GAZETTEER_URL, decodeGazetteer, searchPlaces, type Place } from './gazetteer';
export { noPassesCase, type NoPassesCase, type NoPassesContext } from './reach';
