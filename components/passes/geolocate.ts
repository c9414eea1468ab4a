import type { Degrees, Meters } from '@/lib/units';

export type GeolocationOutcome =
  | { ok: true; latitudeDeg: Degrees; longitudeDeg: Degrees; heightM: Meters; accuracyM: Meters }
  | { ok: false; reason: GeolocationFailure };

const TIMEOUT_MS = 15_000;

/** Why no position came: the page says it in the reader's language (the `passes.geo` messages). */
export type GeolocationFailure = 'unsupported' | 'denied' | 'unavailable' | 'timeout' | 'insecure';

/** One position from the browser, asked for only when the user clicks; every failure becomes a reason the page can explain. */
export function geolocate(): Promise<GeolocationOutcome> {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
    return Promise.resolve({ ok: false, reason: 'unsupported' });
  }
  if (typeof window !== 'undefined' && window.isSecureContext === false) {
    return Promise.resolve({ ok: false, reason: 'insecure' });
  }
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({
          ok: true,
          latitudeDeg: position.coords.latitude,
          longitudeDeg: position.coords.longitude,
          // Altitude is often null and relative to the ellipsoid or sea level depending on the device; either
          // moves pass times by far less than a second.
          heightM: Math.max(-500, Math.min(9000, position.coords.altitude ?? 0)),
          accuracyM: position.coords.accuracy,
        }),
      (error) => {
        const reason: GeolocationFailure =
          error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
        resolve({ ok: false, reason });
      },
      // City-level precision is plenty for passes; a coarse fix is faster and kinder to batteries.
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 10 * 60_000 },
    );
  });
}
