import { MAX_HEIGHT_M, MIN_HEIGHT_M } from '../../lib/observer/coordinates';
import type { ObserverPlace, ObserverSource } from '../../lib/observer/types';
import { cleanPlaceName } from '../../lib/observer/url-params';

/** localStorage key; the version lets a future shape be told apart instead of misread. */
export const OBSERVER_STORAGE_KEY = 'orbit-watch:observer:v1';

export interface StoredObserver extends ObserverPlace {
  source: ObserverSource;
}

const SOURCES: readonly ObserverSource[] = ['geolocation', 'typed', 'search', 'link'];

const isFiniteIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/**
 * The saved location, or null when there is none or it is not one we wrote (another app's key, a hand
 * edit, an older shape): a bad entry must not break the page.
 */
export function parseStoredObserver(raw: string | null): StoredObserver | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const { latitudeDeg, longitudeDeg, heightM = 0, source, name } = record;
  if (!isFiniteIn(latitudeDeg, -90, 90) || !isFiniteIn(longitudeDeg, -180, 180)) return null;
  if (!isFiniteIn(heightM, MIN_HEIGHT_M, MAX_HEIGHT_M)) return null;
  if (typeof source !== 'string' || !SOURCES.includes(source as ObserverSource)) return null;
  const cleanName = typeof name === 'string' ? cleanPlaceName(name) : undefined;
  return {
    latitudeDeg,
    longitudeDeg,
    heightM,
    source: source as ObserverSource,
    ...(cleanName ? { name: cleanName } : {}),
  };
}

export function serializeObserver(observer: StoredObserver): string {
  const name = cleanPlaceName(observer.name);
  return JSON.stringify({
    latitudeDeg: observer.latitudeDeg,
    longitudeDeg: observer.longitudeDeg,
    heightM: observer.heightM,
    source: observer.source,
    ...(name ? { name } : {}),
  });
}
