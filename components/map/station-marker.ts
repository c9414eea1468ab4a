import { STATION } from './palette';

/**
 * The station marker's insides: a halo, a heading chevron that turns with the ground track, and the dot. One
 * markup for the live map (orbit-overlay.ts) and the server-drawn picture it takes over from (map-picture.tsx),
 * both styled by orbit-map.module.css's `.station` (the picture writes the same elements as JSX).
 */
export const STATION_CHEVRON = 'M -5.5 -10.5 L 0 -17 L 5.5 -10.5';

export const STATION_MARKER_HTML =
  '<span data-part="halo"></span>' +
  '<svg data-part="heading" viewBox="-20 -20 40 40" width="40" height="40" aria-hidden="true" focusable="false">' +
  `<path d="${STATION_CHEVRON}" fill="none" stroke="${STATION}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>` +
  '</svg>' +
  '<span data-part="dot"></span>';
