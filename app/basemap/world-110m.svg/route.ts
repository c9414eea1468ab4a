import { basemapSvg } from '@/server/map/basemap-svg';

export const dynamic = 'force-static';

/** The picture's basemap as an SVG file the page references (prerendered at build time: it never changes). */
export function GET(): Response {
  return new Response(basemapSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
