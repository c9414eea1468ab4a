/** The `<meta name>` by which a page names its basemap file (`BasemapPreload`) for `MapChunkPreload` to fetch. */
export const BASEMAP_HINT = 'orbit-watch-basemap';
