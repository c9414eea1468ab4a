import type { Degrees, Meters } from '../units';

/** Heights outside this are typos (the Dead Sea shore is about -430 m, Everest 8849 m). */
export const MIN_HEIGHT_M: Meters = -500;
export const MAX_HEIGHT_M: Meters = 9000;

export type Axis = 'latitude' | 'longitude';

/**
 * Why a typed or linked latitude, longitude or height was refused, as data: the page words it in the reader's
 * language (components/passes/problem-words.ts, components/display/config-notice.tsx). Each case
 * carries what its sentence quotes (the text as typed, the letter found, an example to copy).
 */
export type CoordinateProblem =
  | { code: 'empty'; axis: Axis; example: string }
  /** A hemisphere letter of the other axis ("51 E" for a latitude). */
  | { code: 'letter'; axis: Axis; letter: string }
  /** "-33 S": the sign and the letter would each make it negative. */
  | { code: 'signAndLetter'; axis: Axis; letter: string }
  | { code: 'notDegrees'; axis: Axis; text: string; example: string }
  /** Degrees-minutes-seconds with a part of 60 or more, or decimals before the last part. */
  | { code: 'minutesSeconds'; axis: Axis }
  | { code: 'range'; axis: Axis }
  | { code: 'heightNotNumber'; text: string }
  | { code: 'heightRange'; min: Meters; max: Meters };

/** A parsed form field: the value, or why it was refused. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; problem: CoordinateProblem };

const LIMIT: Record<Axis, number> = { latitude: 90, longitude: 180 };
const HEMISPHERES: Record<Axis, { positive: string; negative: string }> = {
  latitude: { positive: 'N', negative: 'S' },
  longitude: { positive: 'E', negative: 'W' },
};
const EXAMPLE: Record<Axis, string> = { latitude: '51.5074', longitude: '-0.1278' };

const fail = <T>(problem: CoordinateProblem): FieldResult<T> => ({ ok: false, problem });

/**
 * Degrees typed by a person: decimal ("51.5074", "-0.1278", "51,5074"), with a hemisphere letter
 * ("51.5074 N", "0.1278°W"), or degrees-minutes-seconds ("51 30 27 N", "51°30′27″N").
 */
function parseAngle(text: string, axis: Axis): FieldResult<Degrees> {
  const { positive, negative } = HEMISPHERES[axis];
  let s = text.trim().toUpperCase();
  if (s === '') return fail({ code: 'empty', axis, example: EXAMPLE[axis] });

  let hemisphereSign = 0;
  const letter = /^([NSEW])\s*|\s*([NSEW])$/.exec(s);
  if (letter) {
    const found = letter[1] ?? letter[2] ?? '';
    if (found !== positive && found !== negative) {
      return fail({ code: 'letter', axis, letter: found });
    }
    hemisphereSign = found === negative ? -1 : 1;
    s = s.slice(0, letter.index) + s.slice(letter.index + letter[0].length);
  }

  let sign = 1;
  if (/^[-+\u2212]/.test(s)) {
    sign = s.startsWith('+') ? 1 : -1;
    s = s.slice(1).trim();
  }
  if (hemisphereSign !== 0 && sign === -1) {
    return fail({ code: 'signAndLetter', axis, letter: negative });
  }

  // A lone decimal comma ("51,5074") is a decimal separator, as many keyboards type it.
  if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const parts = s.split(/\s*[°º'′"″]\s*|\s+/).filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 3 || !parts.every((part) => /^\d+(\.\d+)?$|^\.\d+$/.test(part))) {
    return fail({ code: 'notDegrees', axis, text: text.trim(), example: EXAMPLE[axis] });
  }
  const [degrees = 0, minutes = 0, seconds = 0] = parts.map(Number);
  if (parts.length > 1 && (!Number.isInteger(degrees) || minutes >= 60 || seconds >= 60)) {
    return fail({ code: 'minutesSeconds', axis });
  }
  if (parts.length === 3 && !Number.isInteger(minutes)) {
    return fail({ code: 'minutesSeconds', axis });
  }
  const value = sign * (hemisphereSign || 1) * (degrees + minutes / 60 + seconds / 3600);
  const limit = LIMIT[axis];
  if (!Number.isFinite(value) || Math.abs(value) > limit) return fail({ code: 'range', axis });
  return { ok: true, value: value === 0 ? 0 : value };
}

export const parseLatitude = (text: string): FieldResult<Degrees> => parseAngle(text, 'latitude');
export const parseLongitude = (text: string): FieldResult<Degrees> => parseAngle(text, 'longitude');

/** Height above sea level in metres; empty means 0 (it changes pass times by well under a second). */
export function parseHeight(text: string): FieldResult<Meters> {
  const s = text.trim().replace(/\s*m$/i, '');
  if (s === '') return { ok: true, value: 0 };
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return fail({ code: 'heightNotNumber', text: text.trim() });
  const value = Number(s);
  if (value < MIN_HEIGHT_M || value > MAX_HEIGHT_M) {
    return fail({ code: 'heightRange', min: MIN_HEIGHT_M, max: MAX_HEIGHT_M });
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * "51.5074, -0.1278" pasted into one field (as map sites copy them): both numbers, or null when the text
 * is not such a pair.
 */
export function parseCoordinatePair(text: string): { latitudeDeg: Degrees; longitudeDeg: Degrees } | null {
  const match = /^\s*([^,;]+?)\s*[,;]\s*([^,;]+?)\s*$/.exec(text);
  if (!match) return null;
  const lat = parseLatitude(match[1] ?? '');
  const lon = parseLongitude(match[2] ?? '');
  return lat.ok && lon.ok ? { latitudeDeg: lat.value, longitudeDeg: lon.value } : null;
}
