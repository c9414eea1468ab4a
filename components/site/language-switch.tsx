'use client';

import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_LIST, isLocale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S } from '@/app-logic/i18n/locale-cookie';
import styles from './site-header.module.css';

/**
 * The visible language switch. The choice is remembered in a cookie (the server renders the next page in it, so
 * there is no flash of the old language) and the page is loaded again. A lang= in the address would outrank the
 * cookie (and write it back), so it is rewritten to the new choice rather than left to contradict it.
 */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations('common.language');
  return (
    <select
      className={styles.language}
      aria-label={t('label')}
      value={locale}
      onChange={(event) => {
        const chosen = event.target.value;
        if (!isLocale(chosen)) return;
        document.cookie = `${LOCALE_COOKIE}=${chosen}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_S}; samesite=lax`;
        const url = new URL(window.location.href);
        if (url.searchParams.has('lang')) url.searchParams.set('lang', chosen);
        window.location.replace(url);
      }}
    >
      {LOCALE_LIST.map(({ code, name }) => (
        <option key={code} value={code} lang={code}>
          {name}
        </option>
      ))}
    </select>
  );
}
