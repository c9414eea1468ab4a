import { useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import { fetchTle, TLE_SWR_OPTIONS } from '@/components/dashboard/use-tle';
import { tleFromReport, type TleReport } from '@/components/dashboard/tle-response';
import { compareElementSets, type ElementSet, type OrbitChange } from '@/app-logic/display/reboost';
import { cachedCopyAt } from '@/app-logic/offline/service-worker-policy';
import { createSatrec } from '@/lib/orbit/satrec';
import type { EpochMs } from '@/lib/units';
import type { ReportOutcome } from './use-connection';

export interface DisplayTle extends ElementSet {
  response: TleReport;
  /** The last new element set that moved the prediction by more than the threshold (`atMs`: when, shown time). */
  orbitChange: OrbitChange | null;
  /** Ask the server again now if the last refresh failed (the connection came back); stable. */
  retryNow: () => void;
}

/**
 * The display's TLE: the dashboard's refresh policy (TLE_SWR_OPTIONS), refreshing while hidden too, reporting
 * every outcome for the offline notice, and comparing each new set with the one it replaces.
 */
/** `report` must be stable (useConnection's is): SWR reads the latest options anyway. */
export function useDisplayTle(fallback: TleReport, report: ReportOutcome, simNow: () => EpochMs): DisplayTle {
  const { data, error, mutate } = useSWR<TleReport, Error>('/api/tle', fetchTle, {
    ...TLE_SWR_OPTIONS,
    fallbackData: fallback,
    refreshWhenHidden: true,
    revalidateOnFocus: false,
    revalidateOnReconnect: true,
    // The service worker's copy (server unreachable) is used, but the screen says it is offline and retries early.
    onSuccess: (body) => report(cachedCopyAt(body) === null),
    onError: () => report(false),
  });
  const response = data ?? fallback;
  const tle = useMemo(() => tleFromReport(response), [response]);
  const satrec = useMemo(() => createSatrec(tle), [tle]);

  // The set on screen before this one, compared once per new set (during render, so the note and the new
  // position appear in the same frame).
  const [seen, setSeen] = useState<{ set: ElementSet; change: OrbitChange | null }>(() => ({
    set: { tle, satrec },
    change: null,
  }));
  let orbitChange = seen.change;
  if (seen.set.satrec !== satrec) {
    const change = compareElementSets(seen.set, { tle, satrec }, simNow());
    if (change !== null && change.kind !== 'minor') orbitChange = change;
    setSeen({ set: { tle, satrec }, change: orbitChange });
  }

  // Only a failed refresh is retried early; a healthy one waits for its half-hour.
  const failing = useRef(false);
  useEffect(() => {
    failing.current = error !== undefined || cachedCopyAt(response) !== null;
  }, [error, response]);
  const retryNow = useMemo(
    () => () => {
      if (failing.current) void mutate();
    },
    [mutate],
  );
  return { response, tle, satrec, orbitChange, retryNow };
}
