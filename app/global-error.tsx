'use client';

import { useEffect, useState } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { DisplayRecovery } from '@/components/display/display-recovery';
import { requestLocale } from '@/lib/i18n/negotiate';
import type { Locale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE } from '@/app-logic/i18n/locale-cookie';
import type { Messages } from '@/server/i18n/messages';
import PageError from './error';
import './globals.css';

/** The language proxy.ts would have chosen, worked out again in the browser: the root layout is gone. */
function browserLocale(): Locale {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return requestLocale({
    langParam: new URLSearchParams(window.location.search).get('lang'),
    remembered: cookie?.slice(LOCALE_COOKIE.length + 1),
    acceptLanguage: navigator.languages.join(','),
  });
}

/**
 * The root layout itself failed: this replaces the whole document, and with it the layout's messages. They are
 * fetched again (one language's file, only when this happens). A display screen recovers by itself as it does
 * for a page error; elsewhere a person is there to retry.
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages } | null>(null);
  useEffect(() => {
    const locale = browserLocale();
    import(`@/messages/${locale}.json`)
      .then((module: { default: Messages }) => setLoaded({ locale, messages: module.default }))
      .catch(() => {
        // Without its messages nothing can be said; a display screen must not stay on a blank page, so it reloads.
        if (window.location.pathname.startsWith('/display')) window.setTimeout(() => window.location.reload(), 10_000);
      });
  }, []);
  const onDisplay = typeof window !== 'undefined' && window.location.pathname.startsWith('/display');
  return (
    <html lang={loaded?.locale ?? 'en'}>
      <body>
        {loaded && (
          <NextIntlClientProvider locale={loaded.locale} messages={loaded.messages} timeZone="UTC">
            {onDisplay ? <DisplayRecovery {...props} /> : <PageError {...props} />}
          </NextIntlClientProvider>
        )}
      </body>
    </html>
  );
}
