/** The `<meta name>` by which a page names its basemap file (`BasemapPreload`) for `BasemapAfterPaint` to fetch. */
export const BASEMAP_HINT = 'orbit-watch-basemap';
