import { z } from 'zod';
import { MAX_HEIGHT_M, MIN_HEIGHT_M } from '../../lib/observer/coordinates';
import { DEFAULT_MIN_VISIBLE_ELEVATION_DEG } from '../../lib/passes/find-passes';
import type { EpochMs } from '../../lib/units';
import { EN_WORDS, type ApiWords } from './api-words';
import { atSchemaIn, checkAtNearEpoch, MAX_DAYS_FROM_EPOCH } from './position-query';
import { DEFAULT_PASS_DAYS, DEFAULT_PASS_MIN_ELEVATION_DEG, MAX_PASS_DAYS } from '../../lib/passes/window';
import { langAccepted, langSchema, perLanguage, type ParameterErrorBody } from './query';

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** A plain decimal number within [min, max]: no exponent, no NaN or Infinity, no empty value. */
function decimalSchema(words: ApiWords, name: string, min: number, max: number, required: boolean) {
  return z.string({ error: () => words.error('required', { name }) }).transform((raw, ctx): number => {
    const s = raw.trim();
    if (!DECIMAL.test(s)) {
      ctx.addIssue({
        code: 'custom',
        message: s === '' && required ? words.error('required', { name }) : words.error('notDecimal', { raw }),
      });
      return z.NEVER;
    }
    const value = Number(s);
    if (value < min || value > max) {
      ctx.addIssue({
        code: 'custom',
        message: words.error('outside', { value: String(value), min: String(min), max: String(max) }),
      });
      return z.NEVER;
    }
    return value === 0 ? 0 : value;
  });
}

export const booleanSchemaIn = (words: ApiWords) =>
  z.string().transform((raw, ctx): boolean => {
    const s = raw.trim().toLowerCase();
    if (s === 'true' || s === '1' || s === '') return true;
    if (s === 'false' || s === '0') return false;
    ctx.addIssue({ code: 'custom', message: words.error('notBoolean', { raw }) });
    return z.NEVER;
  });

/** The schema of /api/passes in the language of `words` (its messages; the values parsed are the same). */
export const passesQuerySchemaIn = (words: ApiWords) =>
  z.object({
    lat: decimalSchema(words, 'lat', -90, 90, true),
    lon: decimalSchema(words, 'lon', -180, 180, true),
    height: decimalSchema(words, 'height', MIN_HEIGHT_M, MAX_HEIGHT_M, false).default(0),
    from: atSchemaIn(words).optional(),
    days: decimalSchema(words, 'days', 0, MAX_PASS_DAYS, false)
      .refine((days) => days > 0, { message: words.error('daysPositive') })
      .default(DEFAULT_PASS_DAYS),
    minElevation: decimalSchema(words, 'minElevation', 0, 90, false).default(DEFAULT_PASS_MIN_ELEVATION_DEG),
    minVisibleElevation: decimalSchema(words, 'minVisibleElevation', 0, 90, false).default(
      DEFAULT_MIN_VISIBLE_ELEVATION_DEG,
    ),
    visibleOnly: booleanSchemaIn(words).default(false),
    lang: langSchema,
  });

export type PassesQuery = z.infer<ReturnType<typeof passesQuerySchemaIn>>;

export const passesQueryAcceptedIn = (words: ApiWords): Record<keyof PassesQuery, string> => ({
  lat: words.accepted('lat'),
  lon: words.accepted('lon'),
  height: words.accepted('height', { min: String(MIN_HEIGHT_M), max: String(MAX_HEIGHT_M) }),
  from: words.accepted('from', { days: String(MAX_DAYS_FROM_EPOCH) }),
  days: words.accepted('days', { max: String(MAX_PASS_DAYS), default: String(DEFAULT_PASS_DAYS) }),
  minElevation: words.accepted('minElevation', { default: String(DEFAULT_PASS_MIN_ELEVATION_DEG) }),
  minVisibleElevation: words.accepted('minVisibleElevation', { default: String(DEFAULT_MIN_VISIBLE_ELEVATION_DEG) }),
  visibleOnly: words.accepted('visibleOnly'),
  lang: langAccepted(words),
});

export const passesQueryIn = perLanguage((words) => ({
  schema: passesQuerySchemaIn(words),
  accepted: passesQueryAcceptedIn(words),
}));

/** The English schema and descriptions (tests, and callers with no `lang`). */
export const { schema: passesQuerySchema, accepted: passesQueryAccepted } = passesQueryIn(EN_WORDS);

/** `from` is checked against the TLE in use (as /api/position checks `at`), under its own name. */
export function checkFromNearEpoch(
  fromMs: EpochMs,
  epochMs: EpochMs,
  words: ApiWords = EN_WORDS,
): ParameterErrorBody | null {
  const problem = checkAtNearEpoch(fromMs, epochMs, words);
  return problem ? { error: { ...problem.error, parameter: 'from' } } : null;
}
