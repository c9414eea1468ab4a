import type { SatRec } from 'satellite.js';
import type { Tle } from '../tle/types';
import { MS_PER_DAY, type Degrees, type EpochMs } from '../units';
import { findPasses } from './find-passes';
import { passPrediction, type PassPrediction } from './predictability';
import type { Observer, Pass, SkyPoint } from './types';

/**
 * The next-pass engine the three pages share (the live card, the planner, the display): what to search, which
 * pass is next or on now, and one rule for when a search no longer answers that.
 */

/**
 * A search holds an hour at most: its window slides on so that its end is never more than this short of "the next N
 * days" from now, and a page never says "no visible pass" for longer than this while one has come into range.
 */
export const PASS_RESEARCH_MS = 60 * 60_000;

/** What a page asks for: these elements, over this place, for this many days ahead. */
export interface PassSearchRequest {
  satrec: SatRec;
  observer: Observer;
  days: number;
  /** As findPasses (default 10). */
  minElevationDeg?: Degrees;
}

/** The answer to a request from `fromMs`: every pass found in [fromMs, toMs], in time order. */
export interface PassSearch {
  request: PassSearchRequest;
  fromMs: EpochMs;
  toMs: EpochMs;
  passes: readonly Pass[];
}

export function runPassSearch(request: PassSearchRequest, fromMs: EpochMs): PassSearch {
  const toMs = fromMs + request.days * MS_PER_DAY;
  const options = {
    fromMs,
    toMs,
    ...(request.minElevationDeg === undefined ? {} : { minElevationDeg: request.minElevationDeg }),
  };
  return { request, fromMs, toMs, passes: findPasses(request.satrec, request.observer, options) };
}

/** Same elements (the satrec is rebuilt only when they change), same place, same window length and threshold. */
function sameRequest(a: PassSearchRequest, b: PassSearchRequest): boolean {
  return (
    a.satrec === b.satrec &&
    a.observer.latitudeDeg === b.observer.latitudeDeg &&
    a.observer.longitudeDeg === b.observer.longitudeDeg &&
    a.observer.heightM === b.observer.heightM &&
    a.days === b.days &&
    a.minElevationDeg === b.minElevationDeg
  );
}

/**
 * Whether a search still answers "what next" for `request` at `nowMs`. It does not:
 * - for new elements (or another place, window or threshold);
 * - when the clock went back before its start (a corrected machine clock: a pass may hide in between);
 * - when its window is used up: its first pass is over (so a list starts at the next pass) or it is an hour old
 *   (the hour past its end is sky it has not searched). A 10-day search costs about 10 ms.
 * A search made at `nowMs` is never stale at `nowMs`, so searching again settles.
 */
export function passSearchIsStale(search: PassSearch, request: PassSearchRequest, nowMs: EpochMs): boolean {
  if (!sameRequest(search.request, request)) return true;
  if (nowMs < search.fromMs) return true;
  if (nowMs - search.fromMs >= PASS_RESEARCH_MS) return true;
  const first = search.passes[0];
  return first !== undefined && nowMs > first.set.atMs;
}

/** The passes found with how far their times can be trusted; only the predictable ones may be given as times. */
export interface PredictedPasses {
  predictions: ReadonlyMap<Pass, PassPrediction>;
  predictable: readonly Pass[];
}

export function predictPasses(tle: Tle, passes: readonly Pass[]): PredictedPasses {
  const predictions = new Map(passes.map((pass) => [pass, passPrediction(tle, pass)]));
  return { predictions, predictable: passes.filter((pass) => predictions.get(pass)?.predictable) };
}

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

/** What a "next visible pass" card shows: the pass and its prediction, or why there is none to count down to. */
export interface VisiblePassAnswer {
  next: VisiblePassNow | null;
  prediction: PassPrediction | null;
  /**
   * With no predictable visible pass ahead, the visible ones the elements cannot predict (empty when none): say so
   * (passListWarning), never a countdown.
   */
  unpredictable: readonly PassPrediction[];
}

export function visiblePassAnswer(predicted: PredictedPasses, nowMs: EpochMs): VisiblePassAnswer {
  const next = currentVisiblePass(predicted.predictable, nowMs);
  if (next) return { next, prediction: predicted.predictions.get(next.pass) ?? null, unpredictable: [] };
  const unpredictable = [...predicted.predictions]
    .filter(([pass, p]) => pass.visible && !p.predictable && (pass.visibleEnd?.atMs ?? 0) > nowMs)
    .map(([, p]) => p);
  return { next: null, prediction: null, unpredictable };
}
