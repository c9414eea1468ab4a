import type { SatRec } from '../../../lib/orbit/satrec';
import { searchPasses } from '../../../lib/passes/search';
import { Tracker } from '../../../lib/passes/tracker';
import { MS_PER_DAY, type EpochMs } from '../../../lib/units';
import type { PositionReport } from '../position-report';
import { parseDecimal } from './compat-query';

/**
 * Open Notify's shapes (open-notify/Open-Notify-API: app.py and iss.py), for clients that lost it: MagicMirror
 * modules, ESP8266 lamps, Home Assistant's pyiss.
 */

/** GET /iss-now.json: latitude and longitude are strings with four decimals, as the original sends them. */
export interface IssNowReport {
  message: 'success';
  /** Unix seconds (an integer). */
  timestamp: number;
  iss_position: { latitude: string; longitude: string };
}

export const buildIssNow = (position: PositionReport): IssNowReport => ({
  message: 'success',
  timestamp: Math.floor(position.timestamp),
  iss_position: { latitude: position.latitude.toFixed(4), longitude: position.longitude.toFixed(4) },
});

/** The original's error body (with status 400). */
export interface OpenNotifyFailure {
  message: 'failure';
  reason: string;
}

export const openNotifyFailure = (reason: string): OpenNotifyFailure => ({ message: 'failure', reason });

export interface IssPassQuery {
  latitude: number;
  longitude: number;
  /** Metres above sea level, 0 to 10,000 (default 100, as the original). */
  altitude: number;
  /** 1 to 100 (default 5). */
  passes: number;
}

function ranged(raw: string | undefined, min: number, max: number): number | null | undefined {
  if (raw === undefined) return undefined;
  const n = parseDecimal(raw);
  return n !== null && n >= min && n <= max ? n : null;
}

/** The original's parameters, ranges, defaults and messages. */
export function parseIssPassQuery(values: {
  lat?: string;
  lon?: string;
  alt?: string;
  n?: string;
}): { ok: true; value: IssPassQuery } | { ok: false; reason: string } {
  const latitude = ranged(values.lat, -90, 90);
  if (latitude === undefined) return { ok: false, reason: 'Latitude must be specified.' };
  if (latitude === null) return { ok: false, reason: 'Latitude must be number between -90.0 and 90.0' };
  const longitude = ranged(values.lon, -180, 180);
  if (longitude === undefined) return { ok: false, reason: 'Longitude must be specified.' };
  if (longitude === null) return { ok: false, reason: 'Longitude must be number between -180.0 and 180.0' };
  const altitude = ranged(values.alt, 0, 10_000);
  if (altitude === null) return { ok: false, reason: 'Altitude must be number between 0 and 10,000' };
  const passes = ranged(values.n, 1, 100);
  if (passes === null) return { ok: false, reason: 'Number of passes must be number between 1 and 100' };
  return { ok: true, value: { latitude, longitude, altitude: altitude ?? 100, passes: Math.floor(passes ?? 5) } };
}

/** "Overhead" in the original: 10 degrees of (geometric) elevation. */
export const OPEN_NOTIFY_HORIZON_DEG = 10;
/** The original left out passes of a minute or less above 10 degrees. */
const MIN_DURATION_SEC = 60;
const SEARCH_CHUNK_MS = 5 * MS_PER_DAY;
/** 100 passes take about 25 days at mid-latitudes; beyond ~62 degrees of latitude there are none at all. */
const MAX_SEARCH_MS = 60 * MS_PER_DAY;

export interface IssPassReport {
  message: 'success';
  request: { datetime: number; latitude: number; longitude: number; altitude: number; passes: number };
  /** Unix seconds when the station rises above 10 degrees, and whole seconds it stays above. */
  response: { risetime: number; duration: number }[];
}

/**
 * The next `passes` passes above 10 degrees, as the original counted them: a pass already under way at `nowMs`
 * takes one of the `passes` places but is not listed, and one of a minute or less is left out (pyiss, and so
 * Home Assistant's ISS sensor, reads "asked for 2, got 1" as "the station is overhead now").
 */
export function buildIssPass(satrec: SatRec, query: IssPassQuery, nowMs: EpochMs): IssPassReport {
  const tracker = new Tracker(satrec, {
    latitudeDeg: query.latitude,
    longitudeDeg: query.longitude,
    heightM: query.altitude,
  });
  const response: IssPassReport['response'] = [];
  let places = query.passes;
  let lastSetMs = -Infinity;
  for (let fromMs = nowMs; places > 0 && fromMs < nowMs + MAX_SEARCH_MS; fromMs += SEARCH_CHUNK_MS) {
    for (const pass of searchPasses(tracker, fromMs, fromMs + SEARCH_CHUNK_MS, OPEN_NOTIFY_HORIZON_DEG)) {
      if (pass.rise.atMs < lastSetMs) continue; // found again by the next chunk
      lastSetMs = pass.set.atMs;
      places -= 1;
      const duration = Math.floor((pass.set.atMs - pass.rise.atMs) / 1000);
      if (pass.rise.atMs >= nowMs && duration > MIN_DURATION_SEC) {
        response.push({ risetime: Math.floor(pass.rise.atMs / 1000), duration });
      }
      if (places === 0) break;
    }
  }
  return {
    message: 'success',
    request: {
      datetime: Math.floor(nowMs / 1000),
      latitude: query.latitude,
      longitude: query.longitude,
      altitude: query.altitude,
      passes: query.passes,
    },
    response,
  };
}
