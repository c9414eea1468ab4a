import tzLookup from '@photostructure/tz-lookup';

/**
 * The IANA time zone of a place, found offline (@photostructure/tz-lookup: the zone boundaries packed into
 * ~70 KB, no network). At sea it is the nautical zone, "Etc/GMT+3" (whose sign is POSIX's: three hours west of
 * Greenwich, UTC-3). Longitudes outside -180 to 180 are wrapped.
 *
 * The data is large for a page's first load: the browser imports this module lazily (`import()`), and the
 * server imports it as it is.
 */
export function timeZoneAt(latDeg: number, lonDeg: number): string {
  if (!Number.isFinite(latDeg) || !Number.isFinite(lonDeg) || latDeg < -90 || latDeg > 90) {
    throw new RangeError(`no time zone for latitude ${latDeg}, longitude ${lonDeg}`);
  }
  const lon = lonDeg >= -180 && lonDeg <= 180 ? lonDeg : ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  return tzLookup(latDeg, lon);
}

/** A nautical zone ("Etc/GMT+3", "Etc/GMT"): the time at sea, one hour per 15 degrees of longitude. */
export const isNauticalZone = (zone: string): boolean => /^Etc\/GMT([+-]\d{1,2})?$/.test(zone);

/**
 * The zone for people: "London", "New York", "Port of Spain" from the IANA name's last part; null for a nautical
 * zone, which names no place.
 */
export function zonePlaceName(zone: string): string | null {
  if (isNauticalZone(zone) || zone === 'UTC') return null;
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}
