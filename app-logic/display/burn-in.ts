import type { EpochMs } from '../../lib/units';

export const BURN_IN_PERIOD_MS = 3 * 60_000;
export const BURN_IN_AMPLITUDE_PX = 4;

export interface PixelOffset {
  xPx: number;
  yPx: number;
}

/** Grid cells per side of the walk: -2..2 steps of amplitude/2. */
const HALF_CELLS = 2;

/**
 * A serpentine over the (2n+1)^2 grid, then back along the same path: every move is one cell, the walk never
 * jumps across the screen, and each offset is held about equally long over a cycle.
 */
function buildWalk(): ReadonlyArray<readonly [number, number]> {
  const forward: Array<readonly [number, number]> = [];
  for (let row = -HALF_CELLS; row <= HALF_CELLS; row += 1) {
    const leftToRight = (row + HALF_CELLS) % 2 === 0;
    for (let i = -HALF_CELLS; i <= HALF_CELLS; i += 1) forward.push([leftToRight ? i : -i, row]);
  }
  // Ping-pong without repeating the two ends: A B C ... Y X ... B.
  return [...forward, ...forward.slice(1, -1).reverse()];
}

const WALK = buildWalk();
export const BURN_IN_STEPS = WALK.length;

/**
 * How far static content is shifted at an instant. A pure function of the clock, so it needs no state, every
 * screen of a venue moves in step, and a corrected machine clock just lands on another step of the walk.
 */
export function burnInOffset(
  atMs: EpochMs,
  periodMs = BURN_IN_PERIOD_MS,
  amplitudePx = BURN_IN_AMPLITUDE_PX,
): PixelOffset {
  const step = Math.floor(atMs / periodMs);
  const index = ((step % WALK.length) + WALK.length) % WALK.length;
  const [cx, cy] = WALK[index] ?? [0, 0];
  const cellPx = amplitudePx / HALF_CELLS;
  // `+ 0` turns -0 into 0, so equal offsets compare and print equal.
  return { xPx: cx * cellPx + 0, yPx: cy * cellPx + 0 };
}

/** When the offset next changes, for a timer that wakes only then. */
export function nextBurnInChangeMs(atMs: EpochMs, periodMs = BURN_IN_PERIOD_MS): EpochMs {
  return (Math.floor(atMs / periodMs) + 1) * periodMs;
}
