import type { Degrees } from '../units';

/** "51.51° N" style, hemisphere by letter so no minus sign can be missed across a room. */
export function formatLatitude(latitudeDeg: Degrees, digits = 2): string {
  const hemi = latitudeDeg < 0 ? 'S' : 'N';
  return `${Math.abs(latitudeDeg).toFixed(digits)}° ${hemi}`;
}

export function formatLongitude(longitudeDeg: Degrees, digits = 2): string {
  const hemi = longitudeDeg < 0 ? 'W' : 'E';
  return `${Math.abs(longitudeDeg).toFixed(digits)}° ${hemi}`;
}

export function formatLatLon(latitudeDeg: Degrees, longitudeDeg: Degrees, digits = 2): string {
  return `${formatLatitude(latitudeDeg, digits)} / ${formatLongitude(longitudeDeg, digits)}`;
}
