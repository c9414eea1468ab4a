import { startTransition, useEffect, useState } from 'react';

export interface PlaceZoneLookup {
  /** The place's IANA zone; null until it has loaded, when there is no place, or when it could not load. */
  zone: string | null;
  /** True while the zone of a set place is still loading: times shown now would change when it arrives. */
  pending: boolean;
}

/**
 * The IANA zone of a place, looked up in this browser: the zone data (~70 KB) comes in its own chunk, loaded
 * only when a location is set, and the coordinates never leave the device.
 */
export function usePlaceZoneLookup(latDeg: number | undefined, lonDeg: number | undefined): PlaceZoneLookup {
  const [found, setFound] = useState<{ key: string; zone: string | null } | null>(null);
  const key = latDeg === undefined || lonDeg === undefined ? null : `${latDeg},${lonDeg}`;
  useEffect(() => {
    if (latDeg === undefined || lonDeg === undefined) return;
    let current = true;
    const place = `${latDeg},${lonDeg}`;
    import('@/lib/geo/time-zone').then(
      ({ timeZoneAt }) => {
        // A transition: the page it completes (the whole planner, on /passes) renders in slices, not one long task.
        if (current) startTransition(() => setFound({ key: place, zone: timeZoneAt(latDeg, lonDeg) }));
      },
      // The chunk could not load (offline before it was ever cached): the times stay in this device's zone,
      // labelled so, rather than waiting for ever.
      () => {
        if (current) setFound({ key: place, zone: null });
      },
    );
    return () => {
      current = false;
    };
  }, [latDeg, lonDeg]);
  // A zone found for another place is never shown for this one.
  const settled = found !== null && found.key === key;
  return { zone: settled ? found.zone : null, pending: key !== null && !settled };
}

/** The place's zone alone (null until it has loaded). */
export function usePlaceTimeZone(latDeg: number | undefined, lonDeg: number | undefined): string | null {
  return usePlaceZoneLookup(latDeg, lonDeg).zone;
}
