import type { EpochMs } from '../units';

/** What the screen knows about reaching its server. */
export interface ConnectionState {
  /** First failure of the current run of failures; null while the server answers. */
  offlineSinceMs: EpochMs | null;
  lastSuccessMs: EpochMs | null;
}

export const INITIAL_CONNECTION: ConnectionState = { offlineSinceMs: null, lastSuccessMs: null };

export type ConnectionEvent = { ok: true; atMs: EpochMs } | { ok: false; atMs: EpochMs };

/**
 * The latest request decides: one failure starts "offline since", the next success ends it. Returns the same
 * object when nothing changed, so a render keyed on it does not repeat for every failed retry.
 */
export function connectionAfter(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (event.ok) return { offlineSinceMs: null, lastSuccessMs: event.atMs };
  if (state.offlineSinceMs !== null) return state;
  return { ...state, offlineSinceMs: event.atMs };
}

export const TLE_RETRY_BASE_MS = 30_000;
export const TLE_RETRY_MAX_MS = 5 * 60_000;

/**
 * Wait before retry number `retryCount` (1, 2, ...) of a failed TLE refresh: doubling from 30 s, capped at five
 * minutes. SWR's own backoff grows to 256 intervals (hours) and pauses the regular refresh meanwhile, which would
 * keep a screen "offline" long after the server came back.
 */
export function tleRetryDelayMs(retryCount: number): number {
  const n = Math.max(1, Math.floor(retryCount));
  return Math.min(TLE_RETRY_MAX_MS, TLE_RETRY_BASE_MS * 2 ** Math.min(n - 1, 10));
}
