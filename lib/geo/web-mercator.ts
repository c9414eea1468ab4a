import { latLon, type LatLon, type LonLat } from './lat-lon';

/** Web Mercator stops here, where the world becomes a square (Leaflet's EPSG:3857). */
export const MAX_MERCATOR_LAT = 85.0511287798;

/** Longitude to Web Mercator world units: 0 at 180 deg W, 1 at 180 deg E. */
export const mercatorX = (lonDeg: number): number => (lonDeg + 180) / 360;

/** Latitude to Web Mercator world units: 0 at the top edge (85.05 deg N), 1 at the bottom. */
export function mercatorY(latDeg: number): number {
  const lat = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, latDeg));
  return (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
}

/**
 * SVG path data for lines (or rings, `closed`) in world units times `scale`, on the world copies at `offsets`
 * (degrees of longitude). Coordinates are rounded to whole units, and a vertex closer than `minStep` units (at
 * least one) to the last one kept is dropped (a line's ends always stay): at a phone's world zoom a 110m coast
 * needs a few hundred points, not thousands.
 */
export function svgPathData(
  pieces: readonly (readonly LatLon[])[],
  scale: number,
  {
    closed = false,
    minStep = 0,
    offsets = [0],
  }: { closed?: boolean; minStep?: number; offsets?: readonly number[] } = {},
): string {
  const parts: string[] = [];
  for (const offset of offsets) {
    for (const piece of pieces) {
      if (piece.length < 2) continue;
      // Whole units, each vertex relative to the last ("l dx dy"): a third of the characters of absolute decimals.
      let lastX = 0;
      let lastY = 0;
      let d = '';
      piece.forEach(([lat, lon], i) => {
        const x = Math.round(mercatorX(lon + offset) * scale);
        const y = Math.round(mercatorY(lat) * scale);
        if (i === 0) d = `M${x} ${y}`;
        else {
          const end = i === piece.length - 1;
          if (!end && Math.abs(x - lastX) + Math.abs(y - lastY) < Math.max(1, minStep)) return;
          if (x === lastX && y === lastY) return;
          d += `l${x - lastX} ${y - lastY}`;
        }
        lastX = x;
        lastY = y;
      });
      parts.push(closed ? `${d}z` : d);
    }
  }
  return parts.join('').replace(/ -/g, '-');
}

/** GeoJSON-order rings as Leaflet-order ones, for {@link svgPathData}. */
export const asLatLon = (ring: readonly LonLat[]): LatLon[] => ring.map(([lon, lat]) => latLon(lat, lon));
