import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from './messages';

/**
 * Translations outside a page: route handlers (the API's error texts, calendar feeds) ask with `lang=`.
 * Machine fields never go through here.
 */
export async function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: await messagesFor(locale) });
}
