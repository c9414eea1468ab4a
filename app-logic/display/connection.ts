import type { EpochMs } from '../../lib/units';

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
