import type { Speech } from '@/lib/format/speech';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from './translator';

/** The core formatters' words for a route handler's answer (lib/format/speech.ts). */
export async function speechFor(locale: Locale): Promise<Speech> {
  const t = await translatorFor(locale);
  return { locale, words: (key, values) => t(`format.${key}`, values) };
}
