import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true from the first render after. A control that
 * only works through React is disabled until then, so an early click is refused in plain sight (and waited
 * for by automation) instead of being swallowed by a page whose script has not run yet.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
