// Map colours. Leaflet writes SVG attributes and canvas styles, which cannot read CSS variables, so the values
// that mirror app/globals.css tokens are repeated here (named after the token they follow).

export const OCEAN = '#0a1424';
export const LAND = '#1e2d48';
export const COAST = '#35507a';
export const BORDER = 'rgba(150, 175, 215, 0.26)';
export const GRATICULE = 'rgba(140, 170, 215, 0.075)';
export const EQUATOR = 'rgba(140, 170, 215, 0.14)';

/** --accent: the station. */
export const STATION = '#5cc8ff';
/** --track-future */
export const TRACK_AHEAD = '#ffd166';
/** --track-past */
export const TRACK_BEHIND = '#7d8aa3';
/** --accent-strong: a pass picked on /passes. */
export const HIGHLIGHT = '#9be0ff';
export const OBSERVER = '#e8eef8';
export const NIGHT = '#01030a';
