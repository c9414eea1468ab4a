import { startTransition, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  observerFromSearchParams,
  withoutObserverParams,
  type LinkProblem,
  type ObserverPlace,
  type ObserverSource,
} from '@/lib/observer';
import type { StoredObserver } from '@/app-logic/observer/storage';
import type { ActiveObserver } from './location-panel';
import { forgetObserver, saveObserver, useStoredObserver } from './observer-store';

const noSubscribe = () => () => undefined;

export interface ObserverState {
  /** undefined until the browser has been asked (before hydration). */
  observer: ActiveObserver | null | undefined;
  linkProblems: LinkProblem[];
  set: (place: ObserverPlace, source: ObserverSource) => void;
  forget: () => void;
}

/**
 * The location in use: a shared link's `?lat=&lon=` first (not saved unless asked), else the one saved in this
 * browser. The link is read in the browser, and choosing a place rewrites the address bar without a request.
 */
export function useActiveObserver(): ObserverState {
  const stored = useStoredObserver();
  const search = useSyncExternalStore<string | null>(
    noSubscribe,
    () => window.location.search,
    () => null,
  );
  const link = useMemo(
    () => (search === null ? null : observerFromSearchParams(new URLSearchParams(search))),
    [search],
  );
  const [linkDismissed, setLinkDismissed] = useState(false);
  // Used when the browser refuses to store (private mode, storage disabled): the choice still holds for this visit.
  const [unsaved, setUnsaved] = useState<StoredObserver | null>(null);
  // The planner with a location (the 10-day pass search, the list, the sky chart, the map) is drawn as a
  // transition after hydration: React then renders it in short slices instead of one long task that would hold
  // up the page (the browser's reads above switch right after hydration, in a render that cannot be split).
  const [settled, setSettled] = useState(false);
  useEffect(() => startTransition(() => setSettled(true)), []);

  const dropLink = useCallback(() => {
    setLinkDismissed(true);
    const params = new URLSearchParams(window.location.search);
    if (['lat', 'lon', 'name', 'height'].some((key) => params.has(key))) {
      const rest = withoutObserverParams(params).toString();
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}`);
    }
  }, []);

  const set = useCallback(
    (place: ObserverPlace, source: ObserverSource) => {
      const next: StoredObserver = {
        latitudeDeg: place.latitudeDeg,
        longitudeDeg: place.longitudeDeg,
        heightM: place.heightM,
        source,
        ...(place.name ? { name: place.name } : {}),
      };
      setUnsaved(saveObserver(next) ? null : next);
      dropLink();
    },
    [dropLink],
  );

  const forget = useCallback(() => {
    forgetObserver();
    setUnsaved(null);
    dropLink();
  }, [dropLink]);

  let observer: ActiveObserver | null | undefined;
  if (stored === undefined || search === null || !settled) observer = undefined;
  else if (link?.observer && !linkDismissed) observer = { ...link.observer, source: 'link', fromLink: true };
  else if (unsaved) observer = { ...unsaved, fromLink: false };
  else observer = stored ? { ...stored, fromLink: false } : null;

  return { observer, linkProblems: linkDismissed ? [] : (link?.problems ?? []), set, forget };
}
