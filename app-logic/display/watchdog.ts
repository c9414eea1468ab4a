/**
 * The display's watchdog: the screen's 1 Hz tick drives the marker, the clocks and the countdown, so a tick that has
 * stopped (a timer lost, an exception in the tick's path) is a frozen screen that still looks alive. The watchdog runs
 * on a timer of its own and counts its checks that saw no tick; it never reads the clock, so a machine clock that
 * jumps (or a test's fake clock) cannot fire it.
 */

/** Time between two checks. */
export const WATCHDOG_CHECK_MS = 15_000;
/** Checks in a row without a tick before the page is reloaded: a minute. */
export const WATCHDOG_SILENT_CHECKS = 4;

export interface WatchdogState {
  ticksSinceCheck: number;
  silentChecks: number;
}

export const WATCHDOG_START: WatchdogState = { ticksSinceCheck: 0, silentChecks: 0 };

export function afterTick(state: WatchdogState): WatchdogState {
  return { ticksSinceCheck: state.ticksSinceCheck + 1, silentChecks: state.silentChecks };
}

/** One check: the new state, and whether the page must be reloaded. */
export function afterCheck(state: WatchdogState): { state: WatchdogState; reload: boolean } {
  const silentChecks = state.ticksSinceCheck === 0 ? state.silentChecks + 1 : 0;
  return { state: { ticksSinceCheck: 0, silentChecks }, reload: silentChecks >= WATCHDOG_SILENT_CHECKS };
}
