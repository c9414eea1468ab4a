import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  DEFAULT_PASS_FILTERS,
  filtersFromSearchParams,
  parseStoredFilters,
  serializeFilters,
  withFilterParams,
  type FilterProblem,
  type PassFilters,
} from '@/lib/passes/pass-filters';

// Kept like the location (components/passes/observer-store.ts): in this browser only.
const STORAGE_KEY = 'orbit-watch:pass-filters:v1';
const CHANGE_EVENT = 'orbit-watch:pass-filters-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

// One string for both sources, so the snapshot compares by value.
const snapshot = (): string => `${window.location.search}\n${readStored() ?? ''}`;

export interface PassFiltersState {
  filters: PassFilters;
  /** Bad filter values in the address (components/passes/problem-words.ts words them). */
  problems: FilterProblem[];
  setFilters: (next: PassFilters) => void;
}

/**
 * The pass list's filters: the address's first (a shared or bookmarked link), else the ones remembered in this
 * browser, else the defaults. A change goes into both, so a reload or a later visit shows the same list.
 */
export function usePassFilters(): PassFiltersState {
  const raw = useSyncExternalStore<string | null>(subscribe, snapshot, () => null);
  const { filters, problems } = useMemo(() => {
    if (raw === null) return { filters: DEFAULT_PASS_FILTERS, problems: [] };
    const newline = raw.indexOf('\n');
    const fromAddress = filtersFromSearchParams(new URLSearchParams(raw.slice(0, newline)));
    const stored = parseStoredFilters(raw.slice(newline + 1) || null);
    return { filters: fromAddress.filters ?? stored ?? DEFAULT_PASS_FILTERS, problems: fromAddress.problems };
  }, [raw]);

  // Remembered filters go into the address too, so that the link in the address bar shows this very list.
  useEffect(() => {
    if (raw === null) return;
    const params = new URLSearchParams(window.location.search);
    if (filtersFromSearchParams(params).filters !== null || filters === DEFAULT_PASS_FILTERS) return;
    const next = withFilterParams(params, filters).toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${next ? `?${next}` : ''}`);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, [raw, filters]);

  const setFilters = useCallback((next: PassFilters) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, serializeFilters(next));
    } catch {
      // Storage refused (private mode): the address still carries them for this visit.
    }
    const params = withFilterParams(new URLSearchParams(window.location.search), next).toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${params ? `?${params}` : ''}`);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);

  return { filters, problems, setFilters };
}
