import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/locales';
import type { FormatWords, Speech } from '@/lib/format/speech';
import type { IcsWords } from '@/lib/passes/ics';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import ja from '@/messages/ja.json';

export const TEST_MESSAGES = { en, fr, de, es, ja } as const satisfies Record<Locale, unknown>;

/** The core's words in one language, as a component would get them from next-intl. */
export function speechFor(locale: Locale): Speech {
  const t = createTranslator({ locale, messages: TEST_MESSAGES[locale], namespace: 'format' });
  const words: FormatWords = (key, values) => t(key, values);
  return { locale, words };
}

export const EN = speechFor('en');

/** The calendar's sentences in one language (`api.ics`), as a route handler or the passes page gets them. */
export function icsWordsFor(locale: Locale): IcsWords {
  const t = createTranslator({ locale, messages: TEST_MESSAGES[locale], namespace: 'api.ics' });
  return (key, values) => t(key, values);
}

export const EN_ICS = icsWordsFor('en');
