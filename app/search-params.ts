import { parseSpeedParam, parseTimeParam } from '@/app-logic/clock/sim-clock';
import type { EpochMs } from '@/lib/units';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a repeated parameter: `?t=a&t=b` means `a`. */
export const firstParam = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

export interface TimeParams {
  startMs: EpochMs | null;
  speed: number;
}

export function readTimeParams(params: SearchParams): TimeParams {
  return {
    startMs: parseTimeParam(firstParam(params.t)),
    speed: parseSpeedParam(firstParam(params.speed)) ?? 1,
  };
}

/** How many orbits ahead to draw: 1-5, default 2. */
export function readOrbitsParam(params: SearchParams, fallback = 2): number {
  const n = Number(firstParam(params.orbits));
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : fallback;
}

/**
 * Whether the address carries a shared location (`?lat=&lon=`). Only the fact is used, never the values: the
 * browser reads the location itself, and the page lays out the pass list's frame from the start instead of
 * moving everything once the browser has read it.
 */
export function hasLocationParams(params: SearchParams): boolean {
  return firstParam(params.lat) !== undefined && firstParam(params.lon) !== undefined;
}
