import type { LatLngTuple } from 'leaflet';
import type { LatLon } from '@/lib/geo/lat-lon';

/**
 * Overlays are drawn on the world and its neighbours either side, so panning east or west (or a wide screen at
 * low zoom) never shows a bare copy of the world. The view itself is kept within one turn of 0 (see orbit-map).
 */
export const WORLD_OFFSETS = [-360, 0, 360] as const;

/** Every piece at every world offset, as Leaflet tuples, for one multi-part polyline or polygon. */
export function onEveryCopy(pieces: readonly LatLon[][]): LatLngTuple[][] {
  const out: LatLngTuple[][] = [];
  for (const offset of WORLD_OFFSETS) {
    for (const piece of pieces) out.push(piece.map(([lat, lon]): LatLngTuple => [lat, lon + offset]));
  }
  return out;
}
