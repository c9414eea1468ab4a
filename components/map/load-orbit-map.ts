/**
 * The map's code (Leaflet, react-leaflet, layers) as one lazily loaded chunk. map-loader's dynamic() and
 * MapChunkPreload (with the page's first scripts, so it downloads while the framework hydrates) share it.
 */
export const loadOrbitMap = () => import('./orbit-map');

/** Start fetching the map chunk now (browser only); the dynamic() in map-loader reuses the same request. */
export function preloadOrbitMap(): void {
  if (typeof window !== 'undefined') void loadOrbitMap();
}
