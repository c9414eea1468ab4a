import { useLayoutEffect, useMemo, useRef } from 'react';
import type { SatRec } from 'satellite.js';
import { useSimNowSelect } from '@/components/clock/clock-context';
import type { Observer } from '@/lib/passes';
import {
  passSearchIsStale,
  predictPasses,
  runPassSearch,
  type PassSearch,
  type PassSearchRequest,
  type PredictedPasses,
} from '@/lib/passes/next-pass';
import type { Tle } from '@/lib/tle';
import type { Degrees } from '@/lib/units';

export type PredictedPassSearch = PassSearch & PredictedPasses;

interface PassSearchOptions {
  days: number;
  minElevationDeg?: Degrees;
}

/**
 * The passes over `observer` for the next `options.days`, searched again only when lib/passes/next-pass.ts says
 * the search no longer answers (new elements, the clock set back, the window used up). The clock is checked every
 * tick but the caller re-renders only when the search is replaced, so a whole page can use this; the parts that
 * count down read the clock themselves. Null without an observer. Mount inside <ClockProvider>.
 */
export function usePassSearch(
  satrec: SatRec,
  tle: Tle,
  observer: Observer | null,
  options: PassSearchOptions,
): PredictedPassSearch | null {
  return usePredictedPasses(useFoundPasses(satrec, observer, options), tle);
}

/**
 * How far each found pass's times can be trusted (lib/orbit/uncertainty.ts, ~0.2 ms a pass at 1x). Apart from
 * useFoundPasses so that a page can search in one component and weigh in a child: in a transition React may then
 * yield between the two (on /passes they were one 90 ms task at 4x).
 */
export function usePredictedPasses(search: PassSearch | null, tle: Tle): PredictedPassSearch | null {
  return useMemo(() => (search ? { ...search, ...predictPasses(tle, search.passes) } : null), [search, tle]);
}

/** The search of usePassSearch, without the predictions: see there. */
export function useFoundPasses(
  satrec: SatRec,
  observer: Observer | null,
  { days, minElevationDeg }: PassSearchOptions,
): PassSearch | null {
  const lat = observer?.latitudeDeg;
  const lon = observer?.longitudeDeg;
  const height = observer?.heightM ?? 0;
  const request = useMemo<PassSearchRequest | null>(
    () =>
      lat === undefined || lon === undefined
        ? null
        : {
            satrec,
            observer: { latitudeDeg: lat, longitudeDeg: lon, heightM: height },
            days,
            ...(minElevationDeg === undefined ? {} : { minElevationDeg }),
          },
    [satrec, lat, lon, height, days, minElevationDeg],
  );
  // The search on screen, for the tick's check (set once the render that made it is committed).
  const shown = useRef<PassSearch | null>(null);
  // Where the search starts: the shown search's start while it holds, else now (the server's instant while the
  // page hydrates, so the server's HTML is kept).
  const fromMs = useSimNowSelect((nowMs) => {
    if (request === null) return null;
    const search = shown.current;
    return search && !passSearchIsStale(search, request, nowMs) ? search.fromMs : nowMs;
  });
  const search = useMemo(() => (request && fromMs !== null ? runPassSearch(request, fromMs) : null), [request, fromMs]);
  useLayoutEffect(() => {
    shown.current = search;
  }, [search]);
  return search;
}
