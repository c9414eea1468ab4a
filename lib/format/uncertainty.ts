import type { PredictionUncertainty } from '../orbit/uncertainty';
import { KM_PER_MILE, type Kilometers, type Seconds } from '../units';
import { formatDuration } from './duration';
import { formatNumber, joinSentences, type Speech } from './speech';
import type { UnitSystem } from './units';

/**
 * How a prediction's 95 % bound is put into words, the same on every page. A bound is rounded up (never shown
 * tighter than it is), to two significant figures: "± 340 km", "± 45 s", "± 12 min".
 */

/** A timing bound below this is within a pass time's precision (times are read to the minute): nothing to say. */
export const TIMING_BOUND_SHOWN_SEC = 30;

/** Round up to two significant figures. */
export function ceilSignificant(value: number, digits = 2): number {
  if (!(value > 0)) return 0;
  const scale = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Math.ceil(value / scale - 1e-9) * scale;
}

const NBSP = '\u00a0';

/** "340 km": a distance bound, rounded up. */
function distanceBoundText(km: Kilometers, units: UnitSystem, locale: string): string {
  const value = ceilSignificant(units === 'metric' ? km : km / KM_PER_MILE);
  // Two significant figures: 3,400 and 34 have no decimals, 1.4 has one, 0.45 two.
  const text = formatNumber(value, locale, value >= 10 ? 0 : value >= 1 ? 1 : 2);
  return `${text}${NBSP}${units === 'metric' ? 'km' : 'mi'}`;
}

/** "45 s", "12 min", "1 h 2 min": a timing bound, rounded up. */
function timingBoundText(seconds: Seconds, speech: Speech): string {
  const rounded = seconds < 60 ? ceilSignificant(seconds) : Math.ceil(seconds / 60) * 60;
  return formatDuration(rounded, speech).replace(/ /g, NBSP);
}

export const formatDistanceBound = (km: Kilometers, units: UnitSystem, locale: string): string =>
  `±${NBSP}${distanceBoundText(km, units, locale)}`;
export const formatTimingBound = (seconds: Seconds, speech: Speech): string =>
  `±${NBSP}${timingBoundText(seconds, speech)}`;

/** Age in words for a sentence: "57 days", "1.5 days", "5 hours", "40 minutes". */
export function ageWords(ageDays: number, speech: Speech): string {
  const days = Math.abs(ageDays);
  if (days >= 2) return speech.words('age.days', { count: Math.round(days) });
  if (days >= 1) return speech.words('age.days', { count: Math.round(days * 10) / 10 });
  const hours = days * 24;
  if (hours >= 1) return speech.words('age.hours', { count: Math.round(hours) });
  return speech.words('age.minutes', { count: Math.max(1, Math.round(hours * 60)) });
}

/** What fixes a prediction that cannot be trusted: the same words on every page. */
export const freshElementsFix = (speech: Speech): string => speech.words('uncertainty.fix');

/** The position's bound in one sentence, with the figure (the TLE badge, the display's status line). */
export function positionBoundSentence(u: PredictionUncertainty, units: UnitSystem, speech: Speech): string {
  const age = ageWords(u.ageDays, speech);
  if (!u.placeable)
    return joinSentences(speech.words('uncertainty.unplaceable', { age }), freshElementsFix(speech), speech);
  const distance = distanceBoundText(u.positionKm, units, speech.locale);
  if (u.timingSeconds < TIMING_BOUND_SHOWN_SEC) return speech.words('uncertainty.bound', { age, distance });
  return speech.words('uncertainty.boundWithTiming', {
    age,
    distance,
    time: timingBoundText(u.timingSeconds, speech),
  });
}
