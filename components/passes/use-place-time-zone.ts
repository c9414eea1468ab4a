import { useEffect, useState } from 'react';

/**
 * The IANA zone of a place, looked up in this browser: the zone data (~70 KB) comes in its own chunk, loaded
 * only when a location is set, and the coordinates never leave the device. Null until it has loaded (and when
 * there is no place).
 */
export function usePlaceTimeZone(latDeg: number | undefined, lonDeg: number | undefined): string | null {
  const [found, setFound] = useState<{ key: string; zone: string } | null>(null);
  const key = latDeg === undefined || lonDeg === undefined ? null : `${latDeg},${lonDeg}`;
  useEffect(() => {
    if (latDeg === undefined || lonDeg === undefined) return;
    let current = true;
    void import('@/lib/geo/time-zone').then(({ timeZoneAt }) => {
      if (current) setFound({ key: `${latDeg},${lonDeg}`, zone: timeZoneAt(latDeg, lonDeg) });
    });
    return () => {
      current = false;
    };
  }, [latDeg, lonDeg]);
  // A zone found for another place is never shown for this one.
  return found && found.key === key ? found.zone : null;
}
