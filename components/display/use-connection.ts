import { useCallback, useReducer } from 'react';
import { INITIAL_CONNECTION, connectionAfter, type ConnectionState } from '@/app-logic/display/connection';

export type ReportOutcome = (ok: boolean) => void;

/**
 * Whether the server answers, from every request the screen makes (TLE refreshes, build checks). Real time, not the
 * shown time: "offline since" is about this machine's afternoon, even when replaying another day.
 */
export function useConnection(): [ConnectionState, ReportOutcome] {
  const [state, dispatch] = useReducer(connectionAfter, INITIAL_CONNECTION);
  const report = useCallback<ReportOutcome>((ok) => dispatch({ ok, atMs: Date.now() }), []);
  return [state, report];
}
