import type { Degrees, Meters } from '@/lib/units';

export type GeolocationOutcome =
  | { ok: true; latitudeDeg: Degrees; longitudeDeg: Degrees; heightM: Meters; accuracyM: Meters }
  | { ok: false; message: string };

const TIMEOUT_MS = 15_000;

const MESSAGES = {
  unsupported: 'This browser cannot share its location. Search for a place or type coordinates instead.',
  denied:
    'Location access was refused. To use it, allow location for this site in the browser settings; or search for a place or type coordinates below.',
  unavailable:
    'Your device could not find its location (no GPS or network fix). Search for a place or type coordinates instead.',
  timeout: 'Finding your location took too long. Try again, or search for a place or type coordinates instead.',
  insecure: 'Browsers share location only with secure (https) pages. Search for a place or type coordinates instead.',
} as const;

/** One position from the browser, asked for only when the user clicks; every failure becomes a sentence. */
export function geolocate(): Promise<GeolocationOutcome> {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
    return Promise.resolve({ ok: false, message: MESSAGES.unsupported });
  }
  if (typeof window !== 'undefined' && window.isSecureContext === false) {
    return Promise.resolve({ ok: false, message: MESSAGES.insecure });
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
        const message =
          error.code === error.PERMISSION_DENIED
            ? MESSAGES.denied
            : error.code === error.TIMEOUT
              ? MESSAGES.timeout
              : MESSAGES.unavailable;
        resolve({ ok: false, message });
      },
      // City-level precision is plenty for passes; a coarse fix is faster and kinder to batteries.
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 10 * 60_000 },
    );
  });
}
