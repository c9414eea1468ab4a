import { parseHeight, parseLatitude, parseLongitude, type CoordinateProblem } from './coordinates';
import type { ObserverPlace } from './types';

export const MAX_NAME_LENGTH = 80;

/** A place name from a URL or storage: trimmed, no control characters, bounded length. */
export function cleanPlaceName(raw: string | null | undefined): string | undefined {
  if (raw == null) return undefined;
  const name = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
  return name === '' ? undefined : name;
}

/**
 * Why a link's location was not used, as data (the page words it in the reader's language, the display with
 * `linkProblemText`). `param` is the parameter to fix: the missing one, or the one whose value was refused.
 */
export type LinkProblem =
  | { code: 'missing'; param: 'lat' | 'lon' }
  | { code: 'invalid'; param: 'lat' | 'lon' | 'height'; problem: CoordinateProblem };

interface ObserverFromParams {
  /** Null when the URL names no location (no lat and no lon). */
  observer: ObserverPlace | null;
  /** What was wrong with the location parameters; empty when none. */
  problems: LinkProblem[];
}

/**
 * `?lat=&lon=&name=&height=` for shared links. Both lat and lon are needed; a bad value is reported rather
 * than silently dropped, and a repeated parameter takes its first value (as the page's `?t=` does).
 */
export function observerFromSearchParams(params: URLSearchParams): ObserverFromParams {
  const latText = params.get('lat');
  const lonText = params.get('lon');
  if (latText === null && lonText === null) return { observer: null, problems: [] };
  const problems: LinkProblem[] = [];
  if (latText === null) problems.push({ code: 'missing', param: 'lat' });
  if (lonText === null) problems.push({ code: 'missing', param: 'lon' });
  const lat = latText === null ? null : parseLatitude(latText);
  const lon = lonText === null ? null : parseLongitude(lonText);
  const height = parseHeight(params.get('height') ?? '');
  if (lat && !lat.ok) problems.push({ code: 'invalid', param: 'lat', problem: lat.problem });
  if (lon && !lon.ok) problems.push({ code: 'invalid', param: 'lon', problem: lon.problem });
  if (!height.ok) problems.push({ code: 'invalid', param: 'height', problem: height.problem });
  if (!lat?.ok || !lon?.ok || problems.length > 0) return { observer: null, problems };
  const name = cleanPlaceName(params.get('name'));
  return {
    observer: {
      latitudeDeg: lat.value,
      longitudeDeg: lon.value,
      heightM: height.ok ? height.value : 0,
      ...(name ? { name } : {}),
    },
    problems,
  };
}

/** Four decimals is about 11 m: more than enough for passes, and short to share. */
const coordinateText = (value: number): string => String(Math.round(value * 1e4) / 1e4);

/**
 * The location parameters for a share link, added to `base` (other parameters such as `t` kept, any old
 * location replaced).
 */
export function withObserverParams(base: URLSearchParams, observer: ObserverPlace): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['lat', 'lon', 'name', 'height']) params.delete(key);
  params.set('lat', coordinateText(observer.latitudeDeg));
  params.set('lon', coordinateText(observer.longitudeDeg));
  const name = cleanPlaceName(observer.name);
  if (name) params.set('name', name);
  if (observer.heightM !== 0) params.set('height', String(Math.round(observer.heightM)));
  return params;
}

/** The same URL without any location parameter. */
export function withoutObserverParams(base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['lat', 'lon', 'name', 'height']) params.delete(key);
  return params;
}
