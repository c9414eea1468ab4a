export type { ObserverPlace, ObserverSource } from './types';
export { parseCoordinatePair, parseHeight, parseLatitude, parseLongitude } from './coordinates';
export { cleanPlaceName, observerFromSearchParams, withObserverParams, withoutObserverParams } from './url-params';
export { GAZETTEER_URL, decodeGazetteer, searchPlaces, type Place } from './gazetteer';
export { noPassesReason } from './reach';
