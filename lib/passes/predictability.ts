import type { Speech } from '../format/speech';
import { ageWords, formatTimingBound, TIMING_BOUND_SHOWN_SEC } from '../format/uncertainty';
import { predictionUncertainty } from '../orbit/uncertainty';
import type { Tle } from '../tle/types';
import { MS_PER_DAY, type EpochMs, type Seconds } from '../units';
import type { Pass } from './types';

/** How far a pass's times may be off, and whether it can be given as a time at all. */
export interface PassPrediction {
  /** 95 % bound on every time of the pass (rise, culmination, set), seconds: the timing error at its culmination. */
  timeUncertaintySeconds: Seconds;
  /**
   * False when that bound exceeds the pass's own duration (or the elements cannot place the station at all): the
   * station may then be at the far end of its pass, or not over the observer at all, at the time given.
   */
  predictable: boolean;
  /** Age of the elements at the culmination, days (negative before the epoch). */
  ageDays: number;
}

export function passPrediction(tle: Tle, pass: Pass): PassPrediction {
  const u = predictionUncertainty(tle, pass.culmination.atMs);
  return {
    timeUncertaintySeconds: u.timingSeconds,
    predictable: u.placeable && u.timingSeconds <= pass.durationSec,
    ageDays: (pass.culmination.atMs - tle.epochMs) / MS_PER_DAY,
  };
}

/** A time's bound is worth showing from this size on: pass times are read to the minute. */
export const showsTimingBound = (p: PassPrediction): boolean => p.timeUncertaintySeconds >= TIMING_BOUND_SHOWN_SEC;

/**
 * One sentence on how far a list of passes can be trusted, the same for the page and the API: null when every time
 * is good to the half minute.
 */
export function passListWarning(
  predictions: readonly PassPrediction[],
  tle: Tle,
  fromMs: EpochMs,
  speech: Speech,
): string | null {
  const { words } = speech;
  const unpredictable = predictions.filter((p) => !p.predictable);
  const first = unpredictable[0];
  if (first) {
    const values = {
      age: ageWords(first.ageDays, speech),
      bound: formatTimingBound(first.timeUncertaintySeconds, speech),
    };
    if (unpredictable.length === predictions.length) return words('warning.none', values);
    return words('warning.some', { ...values, count: unpredictable.length, total: predictions.length });
  }
  const worst = predictions.reduce<PassPrediction | null>(
    (w, p) => (w === null || p.timeUncertaintySeconds > w.timeUncertaintySeconds ? p : w),
    null,
  );
  if (worst && showsTimingBound(worst)) {
    return words('warning.timing', {
      bound: formatTimingBound(worst.timeUncertaintySeconds, speech),
      age: ageWords(worst.ageDays, speech),
    });
  }
  if (predictions.length === 0) {
    const u = predictionUncertainty(tle, fromMs);
    if (!u.placeable) return words('warning.unplaceable', { age: ageWords(u.ageDays, speech) });
  }
  return null;
}
