import type { Degrees, Meters } from '../units';

/** A parsed form field: the value, or a sentence saying what is wrong and how to write it. */
type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Heights outside this are typos (the Dead Sea shore is about -430 m, Everest 8849 m). */
export const MIN_HEIGHT_M: Meters = -500;
export const MAX_HEIGHT_M: Meters = 9000;

type Axis = 'latitude' | 'longitude';

const LIMIT: Record<Axis, number> = { latitude: 90, longitude: 180 };
const HEMISPHERES: Record<Axis, { positive: string; negative: string }> = {
  latitude: { positive: 'N', negative: 'S' },
  longitude: { positive: 'E', negative: 'W' },
};
const EXAMPLE: Record<Axis, string> = { latitude: '51.5074', longitude: '-0.1278' };

const fail = <T>(message: string): FieldResult<T> => ({ ok: false, message });

/**
 * Degrees typed by a person: decimal ("51.5074", "-0.1278", "51,5074"), with a hemisphere letter
 * ("51.5074 N", "0.1278°W"), or degrees-minutes-seconds ("51 30 27 N", "51°30′27″N").
 */
function parseAngle(text: string, axis: Axis): FieldResult<Degrees> {
  const name = axis === 'latitude' ? 'Latitude' : 'Longitude';
  const { positive, negative } = HEMISPHERES[axis];
  let s = text.trim().toUpperCase();
  if (s === '') return fail(`Enter a ${axis} in decimal degrees, e.g. ${EXAMPLE[axis]}`);

  let hemisphereSign = 0;
  const letter = /^([NSEW])\s*|\s*([NSEW])$/.exec(s);
  if (letter) {
    const found = letter[1] ?? letter[2] ?? '';
    if (found !== positive && found !== negative) {
      return fail(`${name} takes ${positive} or ${negative}, not ${found}`);
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
    return fail(`Use either a minus sign or ${negative}, not both`);
  }

  // A lone decimal comma ("51,5074") is a decimal separator, as many keyboards type it.
  if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const parts = s.split(/\s*[°º'′"″]\s*|\s+/).filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 3 || !parts.every((part) => /^\d+(\.\d+)?$|^\.\d+$/.test(part))) {
    return fail(`"${text.trim()}" is not a number of degrees: write decimal degrees such as ${EXAMPLE[axis]}`);
  }
  const [degrees = 0, minutes = 0, seconds = 0] = parts.map(Number);
  if (parts.length > 1 && (!Number.isInteger(degrees) || minutes >= 60 || seconds >= 60)) {
    return fail('Minutes and seconds must be below 60 and only the last part may have decimals');
  }
  if (parts.length === 3 && !Number.isInteger(minutes)) {
    return fail('Minutes and seconds must be below 60 and only the last part may have decimals');
  }
  const value = sign * (hemisphereSign || 1) * (degrees + minutes / 60 + seconds / 3600);
  const limit = LIMIT[axis];
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    const hint = axis === 'latitude' ? 'south is negative' : 'west is negative';
    return fail(`${name} must be between -${limit} and ${limit} degrees (${hint})`);
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

export const parseLatitude = (text: string): FieldResult<Degrees> => parseAngle(text, 'latitude');
export const parseLongitude = (text: string): FieldResult<Degrees> => parseAngle(text, 'longitude');

/** Height above sea level in metres; empty means 0 (it changes pass times by well under a second). */
export function parseHeight(text: string): FieldResult<Meters> {
  const s = text.trim().replace(/\s*m$/i, '');
  if (s === '') return { ok: true, value: 0 };
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return fail(`"${text.trim()}" is not a height in metres, e.g. 35`);
  const value = Number(s);
  if (value < MIN_HEIGHT_M || value > MAX_HEIGHT_M) {
    return fail(`Height must be between ${MIN_HEIGHT_M} and ${MAX_HEIGHT_M} m`);
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
