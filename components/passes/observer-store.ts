import { useMemo, useSyncExternalStore } from 'react';
import {
  OBSERVER_STORAGE_KEY,
  parseStoredObserver,
  serializeObserver,
  type StoredObserver,
} from '@/app-logic/observer/storage';

// The observer's location lives in this browser only (localStorage), never in a request.
const CHANGE_EVENT = 'orbit-watch:observer-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(OBSERVER_STORAGE_KEY);
  } catch {
    // Storage disabled (private mode, policy): behave as if nothing was saved.
    return null;
  }
}

/**
 * The saved location: undefined while not known yet (server render, before hydration), null when none is
 * saved, else the location. Re-renders when another tab or component changes it.
 */
export function useStoredObserver(): StoredObserver | null | undefined {
  const raw = useSyncExternalStore<string | null | undefined>(subscribe, readRaw, () => undefined);
  return useMemo(() => (raw === undefined ? undefined : parseStoredObserver(raw)), [raw]);
}

/** Save (true) or report that the browser would not keep it (false); the page still uses it for this visit. */
export function saveObserver(observer: StoredObserver): boolean {
  let saved = true;
  try {
    window.localStorage.setItem(OBSERVER_STORAGE_KEY, serializeObserver(observer));
  } catch {
    saved = false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return saved;
}

export function forgetObserver(): void {
  try {
    window.localStorage.removeItem(OBSERVER_STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
