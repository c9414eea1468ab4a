import { headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { LOCALE_HEADER } from '@/app-logic/i18n/locale-cookie';
import { messagesFor } from './messages';

/**
 * next-intl's per-request configuration (next.config.ts points the plugin here). proxy.ts has already chosen the
 * language (lang=, the remembered choice, Accept-Language) and passes it on a request header, because lang= in
 * the address is not visible to layouts.
 */
export default getRequestConfig(async () => {
  const chosen = (await headers()).get(LOCALE_HEADER);
  const locale: Locale = isLocale(chosen) ? chosen : 'en';
  return {
    locale,
    messages: await messagesFor(locale),
    // Every time on a page is formatted with an explicit zone (the place's, the venue's, UTC); this only keeps
    // next-intl from guessing the server's zone, which would differ from the browser's and break hydration.
    timeZone: 'UTC',
  };
});
