import { DEFAULT_MIN_VISIBLE_ELEVATION_DEG, TWILIGHT_SUN_ALTITUDE_DEG, type Observer, type Pass } from '@/lib/passes';
import { sunAltitudeDeg } from '@/lib/sun/sun-position';

/** How bright, in words next to the magnitude (lower is brighter; Venus is about -4, Sirius -1.5). */
export function brightnessWords(magnitude: number): string {
  if (magnitude <= -3) return 'very bright';
  if (magnitude <= -2) return 'bright';
  if (magnitude <= 0) return 'easy to see';
  if (magnitude <= 2) return 'faint';
  return 'very faint';
}

/** "−3.1": a real minus sign, which a plain hyphen is not. */
export const formatMagnitude = (magnitude: number): string => magnitude.toFixed(1).replace('-', '\u2212');

/**
 * Why a pass cannot be seen: its lit part stays too low (a dot in the horizon's haze for a few seconds), the sky
 * is too bright, or the station is in the Earth's shadow.
 */
export function notVisibleReason(pass: Pass, observer: Observer): string {
  if (pass.visibleMaxElevationDeg !== null) {
    const highest = Math.max(0, pass.visibleMaxElevationDeg);
    return `lit against a dark sky only up to ${highest < 1 ? highest.toFixed(1) : Math.round(highest)}°, too low to see (counted from ${DEFAULT_MIN_VISIBLE_ELEVATION_DEG}°)`;
  }
  const sunDeg = sunAltitudeDeg(observer.latitudeDeg, observer.longitudeDeg, pass.culmination.atMs);
  return sunDeg > TWILIGHT_SUN_ALTITUDE_DEG ? 'daylight' : 'in Earth\u2019s shadow';
}
