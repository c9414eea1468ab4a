'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { anchoredClock, liveClock } from '@/app-logic/clock/sim-clock';
import type { EpochMs } from '@/lib/units';
import { createTickSource, type TickSource } from './tick-source';

const TickContext = createContext<TickSource | null>(null);
// The shown instant of the server's render, so that hydration sees the very text the server wrote.
const RenderedAtContext = createContext<EpochMs | null>(null);

interface ClockProviderProps {
  /** The moment to show instead of now (from `?t=`), or null for live. */
  startMs: EpochMs | null;
  speed: number;
  /**
   * When the server rendered the page (Unix ms). Hydration then renders the server's instant (the live time of
   * the render, or `startMs`) and the clock moves on right after, instead of every time-dependent text
   * mismatching and React throwing the server HTML away.
   */
  renderedAtMs?: EpochMs | null;
  children: React.ReactNode;
}

export function ClockProvider({ startMs, speed, renderedAtMs = null, children }: ClockProviderProps) {
  const [source] = useState(() =>
    createTickSource(startMs === null ? liveClock(Date.now()) : anchoredClock(startMs, Date.now(), speed)),
  );
  useEffect(() => () => source.dispose(), [source]);
  const renderedAt = renderedAtMs === null ? null : (startMs ?? renderedAtMs);
  return (
    <TickContext.Provider value={source}>
      <RenderedAtContext.Provider value={renderedAt}>{children}</RenderedAtContext.Provider>
    </TickContext.Provider>
  );
}

export function useTickSource(): TickSource {
  const source = useContext(TickContext);
  if (source === null) throw new Error('useTickSource must be used inside <ClockProvider>');
  return source;
}

/**
 * The shown time, re-rendering the caller once a second. For small text leaves only; the map
 * subscribes to the tick source directly.
 */
export function useSimNow(): EpochMs {
  return useSimNowSelect(shownTime);
}

const shownTime = (nowMs: EpochMs): EpochMs => nowMs;

/**
 * A value derived from the shown time, re-rendering the caller only when it changes (a pass under way or not, a
 * search's start): checked every tick, rendered only on a change. `select` must return a primitive or a value it
 * keeps, as useSyncExternalStore compares snapshots with Object.is.
 */
export function useSimNowSelect<T>(select: (nowMs: EpochMs) => T): T {
  const source = useTickSource();
  const renderedAt = useContext(RenderedAtContext);
  return useSyncExternalStore(
    source.subscribe,
    () => select(source.lastTick()),
    () => select(renderedAt ?? source.lastTick()),
  );
}
