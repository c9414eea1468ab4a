import { simTimeMs, type SimClock } from '@/app-logic/clock/sim-clock';
import type { EpochMs } from '@/lib/units';

export type TickListener = (simMs: EpochMs) => void;

/**
 * The dashboard's one heartbeat. Subscribers (map marker, telemetry text) are called once a
 * second, on the second, with the shown time. It is a plain object, not React state: the map
 * moves its marker through refs so a tick never re-renders the map.
 */
export interface TickSource {
  readonly clock: SimClock;
  now(): EpochMs;
  /** The time of the last tick: a stable snapshot for useSyncExternalStore. */
  lastTick(): EpochMs;
  subscribe(listener: TickListener): () => void;
  /** Stop the timer (tests, unmount). */
  dispose(): void;
}

export function createTickSource(clock: SimClock, intervalMs = 1000): TickSource {
  const listeners = new Set<TickListener>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const now = () => simTimeMs(clock, Date.now());
  let last = now();

  const emit = () => {
    const t = now();
    last = t;
    for (const listener of listeners) listener(t);
  };

  // Re-aligned every time rather than setInterval, so ticks land on the real second even
  // after a throttled background tab or a machine clock that jumped.
  const schedule = () => {
    const delay = intervalMs - (Date.now() % intervalMs);
    timer = setTimeout(
      () => {
        emit();
        schedule();
      },
      delay < 5 ? delay + intervalMs : delay,
    );
  };

  return {
    clock,
    now,
    lastTick: () => last,
    subscribe(listener) {
      listeners.add(listener);
      if (timer === null) schedule();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
          clearTimeout(timer);
          timer = null;
        }
      };
    },
    dispose() {
      listeners.clear();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
