'use client';

import { useEffect, useRef } from 'react';
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
  const select = useRef<HTMLSelectElement>(null);
  // The page is shown before its scripts run (server/http/paint-first.mjs), and this React does not replay a change
  // made before hydration: a language picked in that moment is taken now, not lost.
  useEffect(() => {
    const picked = select.current?.value;
    if (picked !== undefined && picked !== locale) choose(picked);
  }, [locale]);
  return (
    <select
      ref={select}
      className={styles.language}
      aria-label={t('label')}
      value={locale}
      onChange={(event) => choose(event.target.value)}
    >
      {LOCALE_LIST.map(({ code, name }) => (
        <option key={code} value={code} lang={code}>
          {name}
        </option>
      ))}
    </select>
  );
}

function choose(chosen: string) {
  if (!isLocale(chosen)) return;
  document.cookie = `${LOCALE_COOKIE}=${chosen}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_S}; samesite=lax`;
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) url.searchParams.set('lang', chosen);
  window.location.replace(url);
}
