import { createTranslator } from 'next-intl';
import type { IcsWords } from '../../lib/passes/ics';
import { DEFAULT_LOCALE, LOCALES, localeOf, type Locale } from '../../lib/i18n/locales';
import type { Messages } from '../i18n/messages';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import es from '../../messages/es.json';
import fr from '../../messages/fr.json';
import ja from '../../messages/ja.json';

export type ApiErrorKey = keyof Messages['api']['errors'];
export type ApiAcceptedKey = keyof Messages['api']['accepted'];
type Values = Record<string, string | number>;

/**
 * The human-readable texts of one language's API answers (the `api` messages): error messages, the `accepted`
 * descriptions, the calendar feed's words. Machine fields (parameter names, codes, numbers, times) never come from
 * here. Numbers that echo a request or a limit are passed as strings, so they read as the client wrote them.
 */
export interface ApiWords {
  locale: Locale;
  error: (key: ApiErrorKey, values?: Values) => string;
  accepted: (key: ApiAcceptedKey, values?: Values) => string;
  ics: IcsWords;
}

// Imported, not loaded per request like a page's messages (server/i18n/messages.ts): the API's validators are
// synchronous, and /api/health, /api/version and /api/tle answer without awaiting anything. Server code only.
const MESSAGES = { en, fr, de, es, ja } as Record<Locale, Messages>;

function wordsOf(locale: Locale): ApiWords {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'api' });
  return {
    locale,
    error: (key, values) => t(`errors.${key}`, values),
    accepted: (key, values) => t(`accepted.${key}`, values),
    ics: (key, values) => t(`ics.${key}`, values),
  };
}

export const API_WORDS = Object.fromEntries(LOCALES.map((locale) => [locale, wordsOf(locale)])) as Record<
  Locale,
  ApiWords
>;

export const EN_WORDS: ApiWords = API_WORDS[DEFAULT_LOCALE];

/**
 * The language of an API answer: `lang=` only (`fr`, `fr-CA`, `FR` are French), English otherwise, an unknown
 * value included. Accept-Language is not read: a script's answers must not change with the machine it runs on,
 * and the cacheable answers would need `Vary: Accept-Language`; a calendar subscription carries `lang=` itself.
 */
export function apiWordsFor(request: Request): ApiWords {
  return API_WORDS[localeOf(new URL(request.url).searchParams.get('lang')) ?? DEFAULT_LOCALE];
}
