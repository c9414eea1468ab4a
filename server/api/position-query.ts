import { z } from 'zod';
import { MS_PER_DAY, type EpochMs } from '../../lib/units';
import { parameterError, type ParameterErrorBody } from './query';
import { isoFromMs } from './iso';

export type DistanceUnits = 'kilometers' | 'miles';

/** How far from the TLE epoch a position is worth computing: SGP4 errors grow to hundreds of km within weeks. */
export const MAX_DAYS_FROM_EPOCH = 365;

const UNIX_SECONDS = /^-?\d{1,12}(\.\d+)?$/;
// ISO 8601 date or date-time; a time needs an explicit zone, otherwise it would silently mean server-local time.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;

/** Parse `at`: an ISO 8601 instant or Unix seconds, to Unix ms. */
export const atSchema = z.string().transform((raw, ctx): EpochMs => {
  const s = raw.trim();
  let ms = Number.NaN;
  if (UNIX_SECONDS.test(s)) ms = Number(s) * 1000;
  else if (ISO_DATE_TIME.test(s)) ms = Date.parse(s.toUpperCase());
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    ctx.addIssue({ code: 'custom', message: `"${raw}" has no time zone; add Z or an offset such as +02:00` });
    return z.NEVER;
  }
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: `"${raw}" is neither an ISO 8601 date-time nor Unix seconds` });
    return z.NEVER;
  }
  return ms;
});

export const AT_ACCEPTED = `an ISO 8601 date-time with a zone (2026-10-09T19:42:49Z) or Unix seconds, within ${MAX_DAYS_FROM_EPOCH} days of the TLE epoch; default now`;
export const UNITS_ACCEPTED = 'kilometers or miles; default kilometers';

export const positionQuerySchema = z.object({
  at: atSchema.optional(),
  units: z
    .enum(['kilometers', 'miles'], { error: (issue) => `"${String(issue.input)}" is not a unit` })
    .default('kilometers'),
});

export const positionQueryAccepted = { at: AT_ACCEPTED, units: UNITS_ACCEPTED };

/** The `at` range depends on the TLE in use, so it is checked once the TLE is known. */
export function checkAtNearEpoch(atMs: EpochMs, epochMs: EpochMs): ParameterErrorBody | null {
  const days = (atMs - epochMs) / MS_PER_DAY;
  if (Math.abs(days) <= MAX_DAYS_FROM_EPOCH) return null;
  const from = isoFromMs(epochMs - MAX_DAYS_FROM_EPOCH * MS_PER_DAY);
  const to = isoFromMs(epochMs + MAX_DAYS_FROM_EPOCH * MS_PER_DAY);
  return parameterError(
    'at',
    `${isoFromMs(atMs)} is ${Math.abs(days).toFixed(1)} days from the TLE epoch ${isoFromMs(epochMs)}`,
    `an instant from ${from} to ${to} (ISO 8601 with a zone, or Unix seconds)`,
  );
}
