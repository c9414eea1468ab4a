import { z } from 'zod';
import { MAX_HEIGHT_M, MIN_HEIGHT_M } from '../../lib/observer/coordinates';
import { DEFAULT_MIN_VISIBLE_ELEVATION_DEG } from '../../lib/passes/find-passes';
import type { EpochMs } from '../../lib/units';
import { AT_ACCEPTED, atSchema, checkAtNearEpoch } from './position-query';
import { DEFAULT_PASS_DAYS, DEFAULT_PASS_MIN_ELEVATION_DEG, MAX_PASS_DAYS } from '../../lib/passes/window';
import type { ParameterErrorBody } from './query';

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** A plain decimal number within [min, max]: no exponent, no NaN or Infinity, no empty value. */
function decimalSchema(name: string, min: number, max: number, required: boolean) {
  return z.string({ error: () => `${name} is required` }).transform((raw, ctx): number => {
    const s = raw.trim();
    if (!DECIMAL.test(s)) {
      ctx.addIssue({
        code: 'custom',
        message: s === '' && required ? `${name} is required` : `"${raw}" is not a decimal number`,
      });
      return z.NEVER;
    }
    const value = Number(s);
    if (value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: `${value} is outside ${min} to ${max}` });
      return z.NEVER;
    }
    return value === 0 ? 0 : value;
  });
}

export const booleanSchema = z.string().transform((raw, ctx): boolean => {
  const s = raw.trim().toLowerCase();
  if (s === 'true' || s === '1' || s === '') return true;
  if (s === 'false' || s === '0') return false;
  ctx.addIssue({ code: 'custom', message: `"${raw}" is not true or false` });
  return z.NEVER;
});

export const passesQuerySchema = z.object({
  lat: decimalSchema('lat', -90, 90, true),
  lon: decimalSchema('lon', -180, 180, true),
  height: decimalSchema('height', MIN_HEIGHT_M, MAX_HEIGHT_M, false).default(0),
  from: atSchema.optional(),
  days: decimalSchema('days', 0, MAX_PASS_DAYS, false)
    .refine((days) => days > 0, { message: 'days must be more than 0' })
    .default(DEFAULT_PASS_DAYS),
  minElevation: decimalSchema('minElevation', 0, 90, false).default(DEFAULT_PASS_MIN_ELEVATION_DEG),
  minVisibleElevation: decimalSchema('minVisibleElevation', 0, 90, false).default(DEFAULT_MIN_VISIBLE_ELEVATION_DEG),
  visibleOnly: booleanSchema.default(false),
});

export type PassesQuery = z.infer<typeof passesQuerySchema>;

export const passesQueryAccepted: Record<keyof PassesQuery, string> = {
  lat: 'required: the observer\u2019s geodetic latitude in decimal degrees, -90 to 90 (south negative)',
  lon: 'required: the observer\u2019s longitude in decimal degrees, -180 to 180 (west negative)',
  height: `height above sea level in metres, ${MIN_HEIGHT_M} to ${MAX_HEIGHT_M}; default 0`,
  from: AT_ACCEPTED.replace('default now', 'start of the window; default now'),
  days: `length of the window in days, more than 0 and at most ${MAX_PASS_DAYS}; default ${DEFAULT_PASS_DAYS}`,
  minElevation: `lowest maximum elevation of a pass to list, degrees 0 to 90; default ${DEFAULT_PASS_MIN_ELEVATION_DEG}`,
  minVisibleElevation: `a pass counts as visible when its visible part (station sunlit, sky dark) climbs this high, degrees 0 to 90; default ${DEFAULT_MIN_VISIBLE_ELEVATION_DEG}`,
  visibleOnly: 'true or false (also 1 or 0); default false',
};

/** `from` is checked against the TLE in use (as /api/position checks `at`), under its own name. */
export function checkFromNearEpoch(fromMs: EpochMs, epochMs: EpochMs): ParameterErrorBody | null {
  const problem = checkAtNearEpoch(fromMs, epochMs);
  return problem ? { error: { ...problem.error, parameter: 'from' } } : null;
}
