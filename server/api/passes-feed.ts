import { findPasses } from '../../lib/passes/find-passes';
import type { Speech } from '../../lib/format/speech';
import { passesToIcs, type IcsWords } from '../../lib/passes/ics';
import { passMatchesFilters } from '../../lib/passes/pass-filters';
import type { SatRec } from '../../lib/orbit/satrec';
import type { Tle } from '../../lib/tle';
import { MS_PER_DAY, type EpochMs } from '../../lib/units';
import { FEED_REFRESH_HOURS, type PassesFeedQuery } from './passes-feed-query';

export const FEED_PRODUCT_ID = '-//Orbit Watch//Pass feed//EN';

export interface PassesFeedInput {
  tle: Tle;
  satrec: SatRec;
  query: PassesFeedQuery;
  /** The window start when the query has no `from`. */
  nowMs: EpochMs;
  /** The language of the calendar's texts (the feed's `lang`): compass points, durations, numbers... */
  speech: Speech;
  /** ...and its sentences (summaries, descriptions, alarms), in the same language. */
  words: IcsWords;
}

/**
 * The body of GET /api/passes.ics: a calendar a phone subscribes to once. Each fetch computes the window again
 * from the elements of the moment: a pass keeps its UID (the revolution it happens on) while new elements move it
 * by seconds, and a pass no longer predicted (or no longer visible) is simply absent, which removes it from the
 * subscribed calendar. Only passes the elements can predict are written (see passesToIcs).
 */
export function buildPassesFeed({ tle, satrec, query, nowMs, speech, words }: PassesFeedInput): string {
  const fromMs = query.from ?? nowMs;
  const observer = {
    latitudeDeg: query.lat,
    longitudeDeg: query.lon,
    heightM: query.height,
    ...(query.name ? { name: query.name } : {}),
  };
  const found = findPasses(satrec, observer, {
    fromMs,
    toMs: fromMs + query.days * MS_PER_DAY,
    minElevationDeg: query.minElevation,
    minVisibleElevationDeg: query.minVisibleElevation,
  });
  const filters = {
    visibleOnly: query.visibleOnly,
    timeOfDay: query.when,
    maxMagnitude: query.maxMagnitude ?? null,
    minElevationDeg: query.minElevation,
  };
  const passes = found.filter((pass) => passMatchesFilters(pass, query.lon, filters));
  return passesToIcs(passes, observer, {
    speech,
    words,
    elements: tle,
    now: nowMs,
    productId: FEED_PRODUCT_ID,
    noradId: tle.noradId,
    satelliteName: tle.name ?? 'ISS',
    alarmMinutes: query.alarm,
    refreshHours: FEED_REFRESH_HOURS,
  });
}
