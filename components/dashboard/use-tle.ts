'use client';

import { useMemo, useState } from 'react';
import useSWR from 'swr';
import { createSatrec } from '@/lib/orbit/satrec';
import type { Tle } from '@/lib/tle';
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
    fallbackData: fallback,
    refreshInterval: REFRESH_MS,
    revalidateOnFocus: true,
    revalidateOnMount: false,
    keepPreviousData: true,
    dedupingInterval: 60_000,
    errorRetryInterval: 60_000,
    onSuccess: () => setLastSuccessMs(Date.now()),
  });
  const response = data ?? fallback;
  // SWR keeps the same object while the data is unchanged, so this runs once per new TLE.
  const tle = useMemo(() => tleFromReport(response), [response]);
  const satrec = useMemo(() => createSatrec(tle), [tle]);
  return {
    response,
    tle,
    satrec,
    refreshError: error ? error.message : null,
    lastSuccessMs,
  };
}
