export { KM_PER_AU, subsolarPoint, sunAltitudeDeg, sunPositionEcefKm, sunPositionTemeKm } from './sun-position';
export { SHADOW_EARTH_RADIUS_KM, isSunlit, isSunlitWithSun, nextLightingChange } from './shadow';
export { nightPolygon, nightPolygons } from './terminator';
