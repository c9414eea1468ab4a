import { wrapAzimuth, type Degrees } from '../units';
import type { CompassPointKey, Speech } from './speech';

const POINTS: readonly CompassPointKey[] = [
  'N',
  'NNE',
  'NE',
  'ENE',
  'E',
  'ESE',
  'SE',
  'SSE',
  'S',
  'SSW',
  'SW',
  'WSW',
  'W',
  'WNW',
  'NW',
  'NNW',
];

/** 16-point compass point of an azimuth (clockwise from true north), as a key; each point covers 22.5 deg. */
export function compassPoint(azimuthDeg: Degrees): CompassPointKey {
  const index = Math.round(wrapAzimuth(azimuthDeg) / 22.5) % 16;
  return POINTS[index] ?? 'N';
}

/** The compass point in the reader's language: "SSW", "SSO", "南南西". */
export function compassName(azimuthDeg: Degrees, speech: Speech): string {
  return speech.words(`compass.${compassPoint(azimuthDeg)}`);
}
