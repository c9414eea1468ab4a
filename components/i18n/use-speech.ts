import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Speech } from '@/lib/format/speech';

/** The core formatters' words in the page's language (lib/format/speech.ts). Works in server and client components. */
export function useSpeech(): Speech {
  const locale = useLocale();
  const words = useTranslations('format');
  return useMemo(() => ({ locale, words }), [locale, words]);
}
