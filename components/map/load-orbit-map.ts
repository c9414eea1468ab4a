/**
 * The map's code (Leaflet, react-leaflet, layers) as one lazily loaded chunk: map-loader's dynamic() loads it when
 * the live map takes over from the server's picture, or at once where the page has no picture (/passes).
 */
export const loadOrbitMap = () => import('./orbit-map');

/** Start fetching the map chunk now (browser only); the dynamic() in map-loader reuses the same request. */
export function preloadOrbitMap(): void {
  if (typeof window !== 'undefined') void loadOrbitMap();
}
