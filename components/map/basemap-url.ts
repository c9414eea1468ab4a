import type { BasemapResolution } from '@/lib/geo/basemap';

/** Where scripts/copy-basemap.mjs puts the Natural Earth files: static, so the browser and a CDN can cache them. */
export const basemapUrl = (resolution: BasemapResolution): string => `/basemap/countries-${resolution}.json`;
