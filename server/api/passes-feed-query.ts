import { z } from 'zod';
import { cleanPlaceName, MAX_NAME_LENGTH } from '../../lib/observer/url-params';
import { TIMES_OF_DAY, type TimeOfDay } from '../../lib/passes/pass-filters';
import { EN_WORDS, type ApiWords } from './api-words';
import { booleanSchemaIn, passesQueryAcceptedIn, passesQuerySchemaIn } from './passes-query';
import { perLanguage } from './query';

/** Reminder lead of a feed's events, minutes. */
export const DEFAULT_ALARM_MINUTES = 10;
export const MAX_ALARM_MINUTES = 1440;
/** How often a subscribed calendar is asked to fetch the feed again. */
export const FEED_REFRESH_HOURS = 6;

const MAX_MAGNITUDE_RANGE = 10;

const alarmSchema = (words: ApiWords) =>
  z.string().transform((raw, ctx): number => {
    const s = raw.trim();
    const value = Number(s);
    if (!/^\d+$/.test(s) || value < 0 || value > MAX_ALARM_MINUTES) {
      ctx.addIssue({
        code: 'custom',
        message: words.error('notAlarm', { raw, min: '0', max: String(MAX_ALARM_MINUTES) }),
      });
      return z.NEVER;
    }
    return value;
  });

const magnitudeSchema = (words: ApiWords) =>
  z.string().transform((raw, ctx): number => {
    const s = raw.trim();
    const value = Number(s);
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s) || value < -MAX_MAGNITUDE_RANGE || value > MAX_MAGNITUDE_RANGE) {
      ctx.addIssue({
        code: 'custom',
        message: words.error('notMagnitude', {
          raw,
          min: String(-MAX_MAGNITUDE_RANGE),
          max: String(MAX_MAGNITUDE_RANGE),
        }),
      });
      return z.NEVER;
    }
    return value;
  });

/**
 * GET /api/passes.ics: the parameters of /api/passes, visible passes by default, plus the place's name, the alarm
 * lead and the /passes page's filters (`when`, `maxMagnitude`), so a subscription holds the list as filtered.
 */
export const passesFeedQuerySchemaIn = (words: ApiWords) =>
  passesQuerySchemaIn(words).extend({
    name: z
      .string()
      .transform((raw) => cleanPlaceName(raw))
      .optional(),
    visibleOnly: booleanSchemaIn(words).default(true),
    alarm: alarmSchema(words).default(DEFAULT_ALARM_MINUTES),
    when: z
      .string()
      .transform((raw, ctx): TimeOfDay => {
        const s = raw.trim().toLowerCase();
        if ((TIMES_OF_DAY as readonly string[]).includes(s)) return s as TimeOfDay;
        ctx.addIssue({ code: 'custom', message: words.error('notTimeOfDay', { raw }) });
        return z.NEVER;
      })
      .default('any'),
    maxMagnitude: magnitudeSchema(words).optional(),
  });

export type PassesFeedQuery = z.infer<ReturnType<typeof passesFeedQuerySchemaIn>>;

export const passesFeedQueryIn = perLanguage((words) => ({
  schema: passesFeedQuerySchemaIn(words),
  accepted: {
    ...passesQueryAcceptedIn(words),
    name: words.accepted('name', { max: String(MAX_NAME_LENGTH) }),
    visibleOnly: words.accepted('visibleOnlyFeed'),
    alarm: words.accepted('alarm', { max: String(MAX_ALARM_MINUTES), default: String(DEFAULT_ALARM_MINUTES) }),
    when: words.accepted('when'),
    maxMagnitude: words.accepted('maxMagnitude'),
  } satisfies Record<keyof PassesFeedQuery, string>,
}));

/** The English schema and descriptions (tests, and callers with no `lang`). */
export const { schema: passesFeedQuerySchema, accepted: passesFeedQueryAccepted } = passesFeedQueryIn(EN_WORDS);
