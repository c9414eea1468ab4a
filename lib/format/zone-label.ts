import { displayFormat, zoneCity } from './zoned-clock';
import type { EpochMs } from '../units';
import type { Speech } from './speech';

const NAUTICAL = /^Etc\/GMT([+-]\d{1,2})?$/;

/**
 * A zone named for people, with its abbreviation at `atMs`: "London time, BST", "Auckland time, NZDT",
 * "nautical zone, GMT-3" at sea (the Etc name's sign is POSIX's, the abbreviation's the usual one), "UTC".
 */
export function zoneLabel(zone: string, atMs: EpochMs, speech: Speech): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const abbreviation = displayFormat(zone, speech.locale).zone(atMs);
  if (NAUTICAL.test(zone)) return speech.words('zone.nautical', { abbreviation });
  return speech.words('zone.place', { place: zoneCity(zone), abbreviation });
}

/** The zone is a nautical one ("Etc/GMT+3", "Etc/GMT"): the time at sea, one hour per 15 degrees of longitude. */
export const isNauticalZone = (zone: string): boolean => NAUTICAL.test(zone);

/**
 * The zone for people: "London", "New York", "Port of Spain" from the IANA name's last part; null for a nautical
 * zone or UTC, which name no place.
 */
export function zonePlaceName(zone: string): string | null {
  return isNauticalZone(zone) || zone === 'UTC' || zone === 'Etc/UTC' ? null : zoneCity(zone);
}
