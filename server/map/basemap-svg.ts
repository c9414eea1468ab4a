import 'server-only';
import type { Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { PICTURE_SCALE } from '@/app-logic/map/map-picture';
import { basemapGeometry } from '@/lib/geo/basemap';
import { asLatLon, mercatorX, mercatorY, svgPathData } from '@/lib/geo/web-mercator';
import { BORDER, COAST, EQUATOR, GRATICULE, LAND } from '@/components/map/palette';

interface BasemapPaths {
  land: string;
  coast: string;
  borders: string;
}

/**
 * The 110m basemap once per process, one world (the picture repeats it). Vertices closer than 1.5 units are
 * dropped: 0.6 px on a 390 px phone, where the picture matters most, and never visible for the seconds it shows.
 */
function basemapPaths(): BasemapPaths {
  const geometry = basemapGeometry(countries110m as unknown as Topology);
  const step = { minStep: 1.5 };
  return {
    land: svgPathData(geometry.land.flat().map(asLatLon), PICTURE_SCALE, { ...step, closed: true }),
    coast: svgPathData(geometry.coastlines.map(asLatLon), PICTURE_SCALE, step),
    borders: svgPathData(geometry.borders.map(asLatLon), PICTURE_SCALE, step),
  };
}

/**
 * One world of the basemap, styled as the live map's canvas tiles (basemap-layer.ts): a static file the picture
 * shows as its background (map-picture.module.css), so the page's HTML carries only what changes (night, track,
 * marker) and the browser caches the rest. Graticule every 30 deg.
 */
export function basemapSvg(): string {
  const { land, coast, borders } = basemapPaths();
  const y = (lat: number) => Math.round(mercatorY(lat) * PICTURE_SCALE);
  let graticule = '';
  for (let lon = -180; lon <= 180; lon += 30)
    graticule += `M${Math.round(mercatorX(lon) * PICTURE_SCALE)} 0V${PICTURE_SCALE}`;
  for (const lat of [-60, -30, 30, 60]) graticule += `M0 ${y(lat)}H${PICTURE_SCALE}`;
  const line = 'fill="none" vector-effect="non-scaling-stroke" stroke-linecap="round" stroke-linejoin="round"';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PICTURE_SCALE} ${PICTURE_SCALE}" preserveAspectRatio="none"><g>` +
    `<path d="${graticule}" stroke="${GRATICULE}" stroke-width="0.6" ${line}/>` +
    `<path d="M0 ${y(0)}H${PICTURE_SCALE}" stroke="${EQUATOR}" stroke-width="0.7" ${line}/>` +
    `<path d="${land}" fill="${LAND}" fill-rule="evenodd"/>` +
    `<path d="${borders}" stroke="${BORDER}" stroke-width="0.6" ${line}/>` +
    `<path d="${coast}" stroke="${COAST}" stroke-width="0.8" ${line}/>` +
    '</g></svg>'
  );
}
