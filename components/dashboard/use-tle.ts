import { useMemo, useState } from 'react';
import useSWR, { type SWRConfiguration } from 'swr';
import { cachedCopyAt } from '@/app-logic/offline/service-worker-policy';
import { createSatrec } from '@/lib/orbit/satrec';
import type { Tle } from '@/lib/tle';
import { tleRetryDelayMs } from '@/lib/tle/retry';
import { tleFromReport, type TleReport } from './tle-response';

const REFRESH_MS = 30 * 60_000;
const FETCH_TIMEOUT_MS = 8_000;

export async function fetchTle(url: string): Promise<TleReport> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), cache: 'no-store' });
  if (!response.ok) throw new Error(`/api/tle answered ${response.status}`);
  const body = (await response.json()) as TleReport;
  tleFromReport(body); // throws on a corrupt set, so SWR keeps the last good one
  return body;
}

/**
 * The refresh policy every page shares: a new TLE every 30 minutes, the last good one kept while a refresh fails,
 * and failed refreshes retried at most five minutes apart (SWR's default backoff would wait hours).
 */
export const TLE_SWR_OPTIONS: SWRConfiguration<TleReport, Error> = {
  refreshInterval: REFRESH_MS,
  revalidateOnMount: false,
  keepPreviousData: true,
  dedupingInterval: 60_000,
  onErrorRetry: (_error, _key, _config, revalidate, { retryCount }) => {
    setTimeout(() => void revalidate({ retryCount }), tleRetryDelayMs(retryCount));
  },
};

export interface TleState {
  response: TleReport;
  tle: Tle;
  satrec: ReturnType<typeof createSatrec>;
  /** Set while the latest refresh failed; the page keeps propagating the TLE it has. */
  refreshError: string | null;
  /** When the server last answered (client clock). */
  lastSuccessMs: number | null;
}

/** TLE source -> /api/tle -> SWR -> satrec: the satrec is rebuilt only when the lines change. */
export function useTle(fallback: TleReport): TleState {
  const [lastSuccessMs, setLastSuccessMs] = useState<number | null>(null);
  const { data, error } = useSWR<TleReport, Error>('/api/tle', fetchTle, {
    ...TLE_SWR_OPTIONS,
    fallbackData: fallback,
    revalidateOnFocus: true,
    onSuccess: () => setLastSuccessMs(Date.now()),
  });
  const response = data ?? fallback;
  // The service worker answers with the copy it kept when the server cannot be reached: that is no refresh.
  const savedCopy = cachedCopyAt(data);
  // SWR keeps the same object while the data is unchanged, so this runs once per new TLE.
  const tle = useMemo(() => tleFromReport(response), [response]);
  const satrec = useMemo(() => createSatrec(tle), [tle]);
  return {
    response,
    tle,
    satrec,
    refreshError: error
      ? error.message
      : savedCopy
        ? "the server cannot be reached; this browser's saved copy is in use"
        : null,
    lastSuccessMs,
  };
}
