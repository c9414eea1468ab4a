import { wrapAzimuth, type Degrees } from '../units';

const POINTS = [
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
] as const;

/** 16-point compass name of an azimuth (clockwise from true north); each point covers 22.5 deg. */
export function compassPoint(azimuthDeg: Degrees): string {
  const index = Math.round(wrapAzimuth(azimuthDeg) / 22.5) % 16;
  return POINTS[index] ?? 'N';
}
