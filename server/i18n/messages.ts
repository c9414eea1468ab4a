import type { Locale } from '@/lib/i18n/locales';
import type en from '@/messages/en.json';

export type Messages = typeof en;

/**
 * One locale's messages. A dynamic import per file, so a page's server bundle loads only the language it renders
 * (and the next-intl plugin precompiles each file's ICU messages at build time).
 */
export async function messagesFor(locale: Locale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}
