import { useEffect, useState } from 'react';
import { useSWRConfig } from 'swr';
import { useTickSource } from '@/components/clock/clock-context';
import { WATCHDOG_CHECK_MS, WATCHDOG_START, afterCheck, afterTick } from '@/app-logic/display/watchdog';

/**
 * Test hook for the self-healing error path: `window.dispatchEvent(new CustomEvent(RENDER_FAULT_EVENT,
 * { detail: { renders: 3 } }))` makes the next renders of the display throw, as a corrupt element set would inside
 * createSatrec. Only code running in the page itself can dispatch it (not a link, not another site), so a visitor can
 * at most break their own screen for as long as the recovery takes, which is what the test proves.
 */
export const RENDER_FAULT_EVENT = 'orbit-watch:test-render-fault';
/**
 * Test hook for the watchdog: the next tick's listener throws, which ends the tick's timer chain for good (the way any
 * exception in a tick listener would). Same reach as the render fault.
 */
export const TICK_FAULT_EVENT = 'orbit-watch:test-tick-fault';
/** Renders left to fail: module state, so it outlives the error boundary's remounts but not a reload. */
const fault = { rendersLeft: 0 };

function useRenderFault(): void {
  const [, setFault] = useState(0);
  useEffect(() => {
    const inject = (event: Event) => {
      const renders = (event as CustomEvent<{ renders?: unknown }>).detail?.renders;
      fault.rendersLeft = typeof renders === 'number' && renders > 0 ? Math.min(Math.floor(renders), 10) : 1;
      setFault((n) => n + 1);
    };
    window.addEventListener(RENDER_FAULT_EVENT, inject);
    return () => window.removeEventListener(RENDER_FAULT_EVENT, inject);
  }, []);
  if (takeFault()) throw new Error('injected render fault (test hook)');
}

/** Deliberately impure: the fault must outlive the remounts of the error boundary's retries. */
function takeFault(): boolean {
  if (fault.rendersLeft <= 0) return false;
  fault.rendersLeft -= 1;
  return true;
}

function useTickFault(): void {
  const source = useTickSource();
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    const inject = () => {
      unsubscribe ??= source.subscribe(() => {
        throw new Error('injected tick fault (test hook)');
      });
    };
    window.addEventListener(TICK_FAULT_EVENT, inject);
    return () => {
      window.removeEventListener(TICK_FAULT_EVENT, inject);
      unsubscribe?.();
    };
  }, [source]);
}

/** Reloads the page when the 1 Hz tick has stopped for a minute while the screen is visible. */
function useTickWatchdog(): void {
  const source = useTickSource();
  useEffect(() => {
    let state = WATCHDOG_START;
    const unsubscribe = source.subscribe(() => {
      state = afterTick(state);
    });
    const check = setInterval(() => {
      // A hidden page's timers are throttled to one a minute: nothing to judge there.
      if (document.hidden) {
        state = WATCHDOG_START;
        return;
      }
      const next = afterCheck(state);
      state = next.state;
      if (next.reload) {
        console.error('[orbit-watch] display watchdog: no tick for a minute, reloading');
        window.location.reload();
      }
    }, WATCHDOG_CHECK_MS);
    return () => {
      unsubscribe();
      clearInterval(check);
    };
  }, [source]);
}

/**
 * A page served by the service worker may be its offline copy: ask for the elements once at start (network first, so
 * a working server answers as usual; otherwise the worker's last copy, which says the screen is offline).
 */
function useRefreshWhenServedByWorker(): void {
  const { mutate } = useSWRConfig();
  useEffect(() => {
    if (navigator.serviceWorker?.controller) void mutate('/api/tle');
  }, [mutate]);
}

/** What keeps an unattended screen alive beyond its data: the watchdog, the offline start, the fault test hook. */
export function useDisplayResilience(): void {
  useRenderFault();
  useTickFault();
  useTickWatchdog();
  useRefreshWhenServedByWorker();
}
