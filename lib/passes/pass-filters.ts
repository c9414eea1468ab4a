import { DEFAULT_MIN_ELEVATION_DEG } from './find-passes';
import type { Pass } from './types';

/** When in the observer's day: visible passes come at dusk or at dawn, so this is the choice people make. */
export type TimeOfDay = 'any' | 'evening' | 'morning';
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['any', 'evening', 'morning'];

/** The pass list's filters, as the /passes page, its address and its calendar exports use them. */
export interface PassFilters {
  visibleOnly: boolean;
  timeOfDay: TimeOfDay;
  /** Keep passes at least this bright (visual magnitude at most this; lower is brighter); null keeps any. */
  maxMagnitude: number | null;
  /** Keep passes whose highest point reaches this, degrees (the search's minimum elevation). */
  minElevationDeg: number;
}

export const DEFAULT_PASS_FILTERS: PassFilters = {
  visibleOnly: false,
  timeOfDay: 'any',
  maxMagnitude: null,
  minElevationDeg: DEFAULT_MIN_ELEVATION_DEG,
};

const MS_PER_HOUR = 3_600_000;

/**
 * Evening or morning by the local mean solar time at culmination (UTC plus longitude / 15 h): noon to midnight
 * is evening. It needs no time zone, and visible passes, a few hours from sunset or sunrise, are never near the
 * boundaries.
 */
export function passTimeOfDay(pass: Pass, longitudeDeg: number): Exclude<TimeOfDay, 'any'> {
  const solarHours = (((pass.culmination.atMs / MS_PER_HOUR + longitudeDeg / 15) % 24) + 24) % 24;
  return solarHours >= 12 ? 'evening' : 'morning';
}

/** Whether a pass passes the filters. The minimum elevation is applied by the search itself, and again here. */
export function passMatchesFilters(pass: Pass, longitudeDeg: number, filters: PassFilters): boolean {
  if (filters.visibleOnly && !pass.visible) return false;
  if (pass.maxElevationDeg < filters.minElevationDeg) return false;
  if (filters.timeOfDay !== 'any' && passTimeOfDay(pass, longitudeDeg) !== filters.timeOfDay) return false;
  // Brightness is a property of what can be seen: a pass nobody sees is never "bright enough".
  if (
    filters.maxMagnitude !== null &&
    !(pass.visible && pass.magnitude !== null && pass.magnitude <= filters.maxMagnitude)
  )
    return false;
  return true;
}

/** The address parameters, named as in /api/passes and /api/passes.ics. */
const FILTER_PARAMS = ['visibleOnly', 'when', 'maxMagnitude', 'minElevation'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/**
 * A filter in the address that was not understood: which one, and its value as written. There is one way for each
 * to be wrong (not one of its values), so the parameter is the code; the page says what it accepts
 * (`passes.filters.problem.<param>` messages).
 */
export interface FilterProblem {
  param: FilterParam;
  value: string;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const numberIn = (raw: string | null, min: number, max: number): number | null => {
  if (raw === null || !NUMBER.test(raw.trim())) return null;
  const value = Number(raw.trim());
  return value >= min && value <= max ? value : null;
};

interface FiltersFromParams {
  /** Null when the address names no filter: the remembered ones apply. */
  filters: PassFilters | null;
  /** What was wrong; a bad value falls back to the default. */
  problems: FilterProblem[];
}

/** `?visibleOnly=1&when=evening&maxMagnitude=-2&minElevation=30`; absent parameters take the defaults. */
export function filtersFromSearchParams(params: URLSearchParams): FiltersFromParams {
  if (!FILTER_PARAMS.some((key) => params.has(key))) return { filters: null, problems: [] };
  const problems: FilterProblem[] = [];
  const filters: PassFilters = { ...DEFAULT_PASS_FILTERS };
  const visible = params.get('visibleOnly');
  if (visible !== null) {
    if (['1', 'true', ''].includes(visible)) filters.visibleOnly = true;
    else if (!['0', 'false'].includes(visible)) problems.push({ param: 'visibleOnly', value: visible });
  }
  const when = params.get('when');
  if (when !== null) {
    if ((TIMES_OF_DAY as readonly string[]).includes(when)) filters.timeOfDay = when as TimeOfDay;
    else problems.push({ param: 'when', value: when });
  }
  const magnitude = params.get('maxMagnitude');
  if (magnitude !== null) {
    const value = numberIn(magnitude, -10, 10);
    if (value === null) problems.push({ param: 'maxMagnitude', value: magnitude });
    else filters.maxMagnitude = value;
  }
  const elevation = params.get('minElevation');
  if (elevation !== null) {
    const value = numberIn(elevation, 0, 90);
    if (value === null) problems.push({ param: 'minElevation', value: elevation });
    else filters.minElevationDeg = value;
  }
  return { filters, problems };
}

/** The filters added to `base` (others kept); only those that differ from the default are written. */
export function withFilterParams(base: URLSearchParams, filters: PassFilters): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of FILTER_PARAMS) params.delete(key);
  if (filters.visibleOnly) params.set('visibleOnly', '1');
  if (filters.timeOfDay !== 'any') params.set('when', filters.timeOfDay);
  if (filters.maxMagnitude !== null) params.set('maxMagnitude', String(filters.maxMagnitude));
  if (filters.minElevationDeg !== DEFAULT_PASS_FILTERS.minElevationDeg)
    params.set('minElevation', String(filters.minElevationDeg));
  return params;
}

/** The remembered filters (localStorage), or null when none or not ours: a bad entry must not break the page. */
export function parseStoredFilters(raw: string | null): PassFilters | null {
  if (raw === null) return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return null;
    const params = new URLSearchParams(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    const { filters, problems } = filtersFromSearchParams(params);
    return problems.length === 0 ? filters : null;
  } catch {
    return null;
  }
}

export function serializeFilters(filters: PassFilters): string {
  return JSON.stringify(Object.fromEntries(withFilterParams(new URLSearchParams(), { ...filters })));
}
