import tzLookup from '@photostructure/tz-lookup';
import { wrapLongitude } from '../units';

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
  // In range it is passed as it is: wrapping would turn 180 into -180, the other side of the date line's zones.
  const lon = lonDeg >= -180 && lonDeg <= 180 ? lonDeg : wrapLongitude(lonDeg);
  return tzLookup(latDeg, lon);
}
