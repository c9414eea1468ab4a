/**
 * Basemap URLs this page has already asked for, shared by the map's loader (`loadBasemap`, in the lazy chunks) and
 * `BasemapAfterPaint` (in the first scripts): the preload added after the first paint is skipped when the map or
 * a label has fetched the file already (on a slow machine hydration can get there first), or it would download
 * the file a second time.
 */
export const requestedBasemaps = new Set<string>();
