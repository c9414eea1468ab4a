import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { TEST_MESSAGES } from './speech';

/** A component under test, inside the provider the root layout gives every page, in one language. */
export function withIntl(node: ReactNode, locale: Locale = 'en'): ReactNode {
  return (
    <NextIntlClientProvider locale={locale} messages={TEST_MESSAGES[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>
  );
}
