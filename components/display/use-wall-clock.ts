import { useCallback, useSyncExternalStore } from 'react';
import { useTickSource } from '@/components/clock/clock-context';

/**
 * A number derived from the real clock (Date.now, read afresh), re-rendering the caller only when it changes. It
 * rides the page's one 1 Hz tick, so it adds no timer; `serverValue` is what the server rendered.
 */
export function useWallClockValue(derive: (realMs: number) => number, serverValue: number): number {
  const source = useTickSource();
  const snapshot = useCallback(() => derive(Date.now()), [derive]);
  return useSyncExternalStore(source.subscribe, snapshot, () => serverValue);
}
