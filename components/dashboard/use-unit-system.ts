import { useCallback, useSyncExternalStore } from 'react';
import { isUnitSystem, type UnitSystem } from '@/lib/format/units';

const KEY = 'orbit-watch:units';
const listeners = new Set<() => void>();

function read(): UnitSystem {
  try {
    const stored = window.localStorage.getItem(KEY);
    return isUnitSystem(stored) ? stored : 'metric';
  } catch {
    return 'metric';
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Metric or imperial, remembered in localStorage and shared by every panel on the page. */
export function useUnitSystem(): [UnitSystem, (next: UnitSystem) => void] {
  const system = useSyncExternalStore(subscribe, read, () => 'metric' as const);
  const set = useCallback((next: UnitSystem) => {
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Private mode or a full quota: the choice lasts for this page only.
    }
    for (const l of listeners) l();
  }, []);
  return [system, set];
}
