import type { Tle } from '../../../lib/tle';
import type { EpochMs } from '../../../lib/units';
import { satelliteName } from '../position-report';
import type { DistanceUnits } from '../position-query';
import { parseDecimal } from './compat-query';

/**
 * The wheretheiss.at v1 API's own shapes, for clients that switch by changing the host: field names, types and
 * units as the original documents them (https://wheretheiss.at/w/developer).
 */

/** The original's error body: `{"error": "...", "status": 400}`. */
export interface WtiaErrorBody {
  error: string;
  status: number;
}

export const wtiaError = (status: number, error: string): WtiaErrorBody => ({ error, status });

export interface SatelliteSummary {
  name: string;
  id: number;
}

/** GET /v1/satellites: the one satellite this server follows. */
export const satelliteList = (tle: Tle): SatelliteSummary[] => [{ name: satelliteName(tle), id: tle.noradId }];

/** The original accepts a satellite id as its NORAD number; anything else is not a satellite it knows. */
export const isSatelliteId = (raw: string, tle: Tle): boolean => /^\d{1,9}$/.test(raw) && Number(raw) === tle.noradId;

export function parseUnits(raw: string | undefined): DistanceUnits | null {
  if (raw === undefined) return 'kilometers';
  return raw === 'kilometers' || raw === 'miles' ? raw : null;
}

/** Unix seconds, as the original takes them (an integer; a fraction is accepted). */
export function parseUnixSeconds(raw: string): EpochMs | null {
  const s = raw.trim();
  if (!/^-?\d{1,12}(\.\d{1,6})?$/.test(s)) return null;
  return Number(s) * 1000;
}

export const MAX_TIMESTAMPS = 10;

/** `timestamps=t1,t2,...` for /positions: 1 to 10 Unix times, in the order given. */
export function parseTimestamps(raw: string | undefined): { ok: true; ms: EpochMs[] } | { ok: false; error: string } {
  if (raw === undefined) return { ok: false, error: 'timestamps is required: a comma-separated list of Unix times' };
  const parts = raw.split(',');
  if (parts.length > MAX_TIMESTAMPS)
    return { ok: false, error: `at most ${MAX_TIMESTAMPS} timestamps are allowed, ${parts.length} given` };
  const ms: EpochMs[] = [];
  for (const part of parts) {
    const t = parseUnixSeconds(part);
    if (t === null) return { ok: false, error: `"${part.slice(0, 40)}" is not a Unix timestamp` };
    ms.push(t);
  }
  return { ok: true, ms };
}

/** GET /v1/satellites/[id]/tles. */
export interface TlesReport {
  /** Unix seconds of the request. */
  requested_timestamp: number;
  /** Unix seconds of the TLE's epoch. */
  tle_timestamp: number;
  /** The NORAD number, as a string (the original's type). */
  id: string;
  name: string;
  /** The TLE's title line. */
  header: string;
  line1: string;
  line2: string;
}

export function buildTlesReport(tle: Tle, nowMs: EpochMs): TlesReport {
  return {
    requested_timestamp: Math.floor(nowMs / 1000),
    tle_timestamp: Math.floor(tle.epochMs / 1000),
    id: String(tle.noradId),
    name: satelliteName(tle),
    header: tle.name ?? String(tle.noradId),
    line1: tle.line1,
    line2: tle.line2,
  };
}

/** `format=text`: the three lines of the element set. */
export const tlesText = (report: TlesReport): string => `${report.header}\n${report.line1}\n${report.line2}\n`;

/** `{lat},{lon}` from the path (spaces around the comma tolerated: some clients send `%.6f, %.6f`). */
export function parseCoordinates(segment: string): { latitude: number; longitude: number } | null {
  const parts = segment.split(',');
  if (parts.length !== 2) return null;
  const latitude = parseDecimal(parts[0] ?? '');
  const longitude = parseDecimal(parts[1] ?? '');
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}

/** GET /v1/coordinates/{lat},{lon}. */
export interface CoordinatesReport {
  /** As given, as strings (the original's type). */
  latitude: string;
  longitude: string;
  /** IANA time zone ("Etc/GMT+2" at sea). */
  timezone_id: string;
  /** Hours from UTC now, with daylight saving (5.5, -7). */
  offset: number;
  /** ISO 3166-1 alpha-2, or "??" at sea. */
  country_code: string;
  /** A map of the place, as the original gives it. */
  map_url: string;
}

export function buildCoordinatesReport(
  at: { latitude: number; longitude: number },
  zone: { timeZone: string; countryCode: string | null },
  offsetHours: number,
): CoordinatesReport {
  const latitude = String(at.latitude);
  const longitude = String(at.longitude);
  return {
    latitude,
    longitude,
    timezone_id: zone.timeZone,
    offset: offsetHours,
    country_code: zone.countryCode ?? '??',
    map_url: `https://maps.google.com/maps?q=${latitude},${longitude}&z=4`,
  };
}
