/** The remembered language choice; the language switch writes it, proxy.ts reads it. */
export const LOCALE_COOKIE = 'ow-lang';
/** A year, renewed at each choice. */
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;
/** proxy.ts -> server/i18n/request.ts: the language it chose for this request. */
export const LOCALE_HEADER = 'x-ow-locale';
