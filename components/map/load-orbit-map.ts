/**
 * The map's code (Leaflet, react-leaflet, layers) as one lazily loaded chunk. A page shell calls this while its
 * own scripts are still being evaluated, so the chunk downloads in parallel with hydration instead of after it.
 */
export const loadOrbitMap = () => import('./orbit-map');

/** Start fetching the map chunk now (browser only); the dynamic() in map-loader reuses the same request. */
export function preloadOrbitMap(): void {
  if (typeof window !== 'undefined') void loadOrbitMap();
}
