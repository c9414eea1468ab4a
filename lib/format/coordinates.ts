import type { Degrees } from '../units';
import { formatNumber, type Speech } from './speech';

/** "51.51° N" style, hemisphere by letter (or the language's word) so no minus sign can be missed across a room. */
export function formatLatitude(latitudeDeg: Degrees, speech: Speech, digits = 2): string {
  const value = formatNumber(Math.abs(latitudeDeg), speech.locale, digits);
  return speech.words(latitudeDeg < 0 ? 'coordinates.south' : 'coordinates.north', { value });
}

export function formatLongitude(longitudeDeg: Degrees, speech: Speech, digits = 2): string {
  const value = formatNumber(Math.abs(longitudeDeg), speech.locale, digits);
  return speech.words(longitudeDeg < 0 ? 'coordinates.west' : 'coordinates.east', { value });
}

export function formatLatLon(latitudeDeg: Degrees, longitudeDeg: Degrees, speech: Speech, digits = 2): string {
  return `${formatLatitude(latitudeDeg, speech, digits)} / ${formatLongitude(longitudeDeg, speech, digits)}`;
}
