import type { Pass, SkyPoint } from './types';
import type { EpochMs } from '../units';

export const PASS_SEARCH_DAYS = 10;
/** With no visible pass left in the searched window, look again this often (the window slides forward). */
export const PASS_RESEARCH_MS = 60 * 60_000;

export interface VisiblePassNow {
  pass: Pass;
  start: SkyPoint;
  end: SkyPoint;
  /** 'upcoming' before the visible part starts, 'now' while it is on. */
  phase: 'upcoming' | 'now';
}

/** The next visible pass whose visible part has not ended at `nowMs`, from a time-ordered list. */
export function currentVisiblePass(passes: readonly Pass[], nowMs: EpochMs): VisiblePassNow | null {
  for (const pass of passes) {
    const start = pass.visibleStart;
    const end = pass.visibleEnd;
    if (!pass.visible || start === null || end === null) continue;
    if (nowMs >= end.atMs) continue;
    return { pass, start, end, phase: nowMs >= start.atMs ? 'now' : 'upcoming' };
  }
  return null;
}

/** The window a search covers. */
export interface PassSearch {
  fromMs: EpochMs;
  toMs: EpochMs;
  passes: readonly Pass[];
}

/**
 * Whether the passes found earlier still answer "what next" at `nowMs`. They do not when the clock went back
 * before the search (a corrected machine clock: a pass may hide in between), or when every visible pass found has
 * ended and the search is an hour old (slide the window forward).
 */
export function passSearchIsStale(search: PassSearch, nowMs: EpochMs): boolean {
  if (nowMs < search.fromMs) return true;
  if (nowMs >= search.toMs) return true;
  return currentVisiblePass(search.passes, nowMs) === null && nowMs - search.fromMs >= PASS_RESEARCH_MS;
}
