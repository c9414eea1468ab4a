import type { PredictionUncertainty } from '../orbit/uncertainty';
import { KM_PER_MILE, type Kilometers, type Seconds } from '../units';
import { formatDuration } from './duration';
import { groupThousands, type UnitSystem } from './units';

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
function distanceBoundText(km: Kilometers, units: UnitSystem): string {
  const value = ceilSignificant(units === 'metric' ? km : km / KM_PER_MILE);
  const text = value >= 100 ? groupThousands(value) : String(Number(value.toPrecision(2)));
  return `${text}${NBSP}${units === 'metric' ? 'km' : 'mi'}`;
}

/** "45 s", "12 min", "1 h 2 min": a timing bound, rounded up. */
function timingBoundText(seconds: Seconds): string {
  const rounded = seconds < 60 ? ceilSignificant(seconds) : Math.ceil(seconds / 60) * 60;
  return formatDuration(rounded).replace(/ /g, NBSP);
}

export const formatDistanceBound = (km: Kilometers, units: UnitSystem): string =>
  `±${NBSP}${distanceBoundText(km, units)}`;
export const formatTimingBound = (seconds: Seconds): string => `±${NBSP}${timingBoundText(seconds)}`;

/** Age in words for a sentence: "57 days", "5 hours", "40 minutes". */
export function ageWords(ageDays: number): string {
  const days = Math.abs(ageDays);
  if (days >= 2) return `${Math.round(days)} days`;
  if (days >= 1) return `${days.toFixed(1)} days`;
  const hours = days * 24;
  if (hours >= 1) return `${Math.round(hours)} hour${Math.round(hours) === 1 ? '' : 's'}`;
  return `${Math.max(1, Math.round(hours * 60))} minutes`;
}

/** What fixes a prediction that cannot be trusted: the same words on every page. */
export const FRESH_ELEMENTS_FIX =
  'Fresh orbital elements would fix this: the server fetches them from CelesTrak whenever it can reach it.';

/** The position's bound in one sentence, with the figure (the TLE badge, the display's status line). */
export function positionBoundSentence(u: PredictionUncertainty, units: UnitSystem): string {
  if (!u.placeable) {
    return `Elements ${ageWords(u.ageDays)} old cannot place the station: it may be anywhere on its orbit. ${FRESH_ELEMENTS_FIX}`;
  }
  const timing =
    u.timingSeconds >= TIMING_BOUND_SHOWN_SEC ? `, and pass times by up to ${timingBoundText(u.timingSeconds)}` : '';
  return `At ${ageWords(u.ageDays)} old, the station may be up to ${distanceBoundText(u.positionKm, units)} from the marker${timing} (95 % bound).`;
}
