/** Fewest and most sides a drawn circle gets: below 16 a small one looks like a polygon, above 256 nobody sees. */
export const MIN_CIRCLE_SEGMENTS = 16;
export const MAX_CIRCLE_SEGMENTS = 256;

/**
 * Sides a regular polygon needs so that it strays from the circle it stands for by at most `maxGapPx` (the
 * sagitta, r (1 - cos(pi / n))): enough that nobody can tell it from a circle on screen, and no more, since every
 * side is projected, clipped and written into a path on each redraw.
 */
export function circleSegments(radiusPx: number, maxGapPx: number): number {
  if (!(radiusPx > 0) || !(maxGapPx > 0)) return MIN_CIRCLE_SEGMENTS;
  if (maxGapPx >= radiusPx) return MIN_CIRCLE_SEGMENTS;
  const n = Math.ceil(Math.PI / Math.acos(1 - maxGapPx / radiusPx));
  return Math.max(MIN_CIRCLE_SEGMENTS, Math.min(MAX_CIRCLE_SEGMENTS, n));
}
