'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { anchoredClock, liveClock } from '@/lib/clock/sim-clock';
import type { EpochMs } from '@/lib/units';
import { createTickSource, type TickSource } from './tick-source';

const TickContext = createContext<TickSource | null>(null);

interface ClockProviderProps {
  /** The moment to show instead of now (from `?t=`), or null for live. */
  startMs: EpochMs | null;
  speed: number;
  children: React.ReactNode;
}

export function ClockProvider({ startMs, speed, children }: ClockProviderProps) {
  const [source] = useState(() =>
    createTickSource(startMs === null ? liveClock(Date.now()) : anchoredClock(startMs, Date.now(), speed)),
  );
  useEffect(() => () => source.dispose(), [source]);
  return <TickContext.Provider value={source}>{children}</TickContext.Provider>;
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
  const source = useTickSource();
  return useSyncExternalStore(source.subscribe, source.lastTick, source.lastTick);
}
