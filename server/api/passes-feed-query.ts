import { z } from 'zod';
import { cleanPlaceName, MAX_NAME_LENGTH } from '../../lib/observer/url-params';
import { TIMES_OF_DAY, type TimeOfDay } from '../../lib/passes/pass-filters';
import { booleanSchema, passesQueryAccepted, passesQuerySchema } from './passes-query';

/** Reminder lead of a feed's events, minutes. */
export const DEFAULT_ALARM_MINUTES = 10;
export const MAX_ALARM_MINUTES = 1440;
/** How often a subscribed calendar is asked to fetch the feed again. */
export const FEED_REFRESH_HOURS = 6;

const integerIn = (name: string, min: number, max: number) =>
  z.string().transform((raw, ctx): number => {
    const s = raw.trim();
    const value = Number(s);
    if (!/^\d+$/.test(s) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not a whole number of ${name} from ${min} to ${max}` });
      return z.NEVER;
    }
    return value;
  });

const magnitudeSchema = z.string().transform((raw, ctx): number => {
  const s = raw.trim();
  const value = Number(s);
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s) || value < -10 || value > 10) {
    ctx.addIssue({ code: 'custom', message: `"${raw}" is not a magnitude from -10 to 10` });
    return z.NEVER;
  }
  return value;
});

/**
 * GET /api/passes.ics: the parameters of /api/passes, visible passes by default, plus the place's name, the alarm
 * lead and the /passes page's filters (`when`, `maxMagnitude`), so a subscription holds the list as filtered.
 */
export const passesFeedQuerySchema = passesQuerySchema.extend({
  name: z
    .string()
    .transform((raw) => cleanPlaceName(raw))
    .optional(),
  visibleOnly: booleanSchema.default(true),
  alarm: integerIn('minutes', 0, MAX_ALARM_MINUTES).default(DEFAULT_ALARM_MINUTES),
  when: z
    .string()
    .transform((raw, ctx): TimeOfDay => {
      const s = raw.trim().toLowerCase();
      if ((TIMES_OF_DAY as readonly string[]).includes(s)) return s as TimeOfDay;
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not any, evening or morning` });
      return z.NEVER;
    })
    .default('any'),
  maxMagnitude: magnitudeSchema.optional(),
});

export type PassesFeedQuery = z.infer<typeof passesFeedQuerySchema>;

export const passesFeedQueryAccepted: Record<keyof PassesFeedQuery, string> = {
  ...passesQueryAccepted,
  name: `the place's name for the calendar's title and the events' location, at most ${MAX_NAME_LENGTH} characters; default the coordinates`,
  visibleOnly: 'true or false (also 1 or 0); default true: only passes a person can see',
  alarm: `minutes before each pass for its reminder, 0 to ${MAX_ALARM_MINUTES}; default ${DEFAULT_ALARM_MINUTES}`,
  when: 'any, evening or morning (by local solar time at the highest point); default any',
  maxMagnitude: 'keep visible passes at least this bright (visual magnitude at most this, -10 to 10); default any',
};
