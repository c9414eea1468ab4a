import { z } from 'zod';
import { MS_PER_DAY, type EpochMs } from '../../lib/units';
import { EN_WORDS, type ApiWords } from './api-words';
import { langAccepted, langSchema, parameterError, perLanguage, type ParameterErrorBody } from './query';
import { isoFromMs } from './iso';

export type DistanceUnits = 'kilometers' | 'miles';

/** How far from the TLE epoch a position is worth computing: SGP4 errors grow to hundreds of km within weeks. */
export const MAX_DAYS_FROM_EPOCH = 365;

const UNIX_SECONDS = /^-?\d{1,12}(\.\d+)?$/;
// ISO 8601 date or date-time; a time needs an explicit zone, otherwise it would silently mean server-local time.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;

/** Parse `at`: an ISO 8601 instant or Unix seconds, to Unix ms (messages in the language of `words`). */
export const atSchemaIn = (words: ApiWords) =>
  z.string().transform((raw, ctx): EpochMs => {
    const s = raw.trim();
    let ms = Number.NaN;
    if (UNIX_SECONDS.test(s)) ms = Number(s) * 1000;
    else if (ISO_DATE_TIME.test(s)) ms = Date.parse(s.toUpperCase());
    else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
      ctx.addIssue({ code: 'custom', message: words.error('noZone', { raw }) });
      return z.NEVER;
    }
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: 'custom', message: words.error('notInstant', { raw }) });
      return z.NEVER;
    }
    return ms;
  });

export const atAccepted = (words: ApiWords): string => words.accepted('at', { days: String(MAX_DAYS_FROM_EPOCH) });

const UNITS = ['kilometers', 'miles'] as const;

export const positionQueryIn = perLanguage((words) => ({
  schema: z.object({
    at: atSchemaIn(words).optional(),
    // Checked by hand rather than z.enum, so the message names the value in the answer's language.
    units: z
      .string()
      .transform((raw, ctx): DistanceUnits => {
        if ((UNITS as readonly string[]).includes(raw)) return raw as DistanceUnits;
        ctx.addIssue({ code: 'custom', message: words.error('notUnit', { raw }) });
        return z.NEVER;
      })
      .default('kilometers'),
    lang: langSchema,
  }),
  accepted: { at: atAccepted(words), units: words.accepted('units'), lang: langAccepted(words) },
}));

/** The English schema and descriptions (tests, and callers with no `lang`). */
export const { schema: positionQuerySchema, accepted: positionQueryAccepted } = positionQueryIn(EN_WORDS);

/**
 * The `at` range depends on the TLE in use, so it is checked once the TLE is known. English unless told: the
 * compatible endpoints quote this message and never change language.
 */
export function checkAtNearEpoch(
  atMs: EpochMs,
  epochMs: EpochMs,
  words: ApiWords = EN_WORDS,
): ParameterErrorBody | null {
  const days = (atMs - epochMs) / MS_PER_DAY;
  if (Math.abs(days) <= MAX_DAYS_FROM_EPOCH) return null;
  const from = isoFromMs(epochMs - MAX_DAYS_FROM_EPOCH * MS_PER_DAY);
  const to = isoFromMs(epochMs + MAX_DAYS_FROM_EPOCH * MS_PER_DAY);
  return parameterError(
    'at',
    words.error('farFromEpoch', { at: isoFromMs(atMs), days: Math.abs(days).toFixed(1), epoch: isoFromMs(epochMs) }),
    words.accepted('atRange', { from, to }),
  );
}
