import type { Locale } from '@/lib/i18n/locales';
import type en from './en.json';

// English is the reference: every key a component asks for is checked against it at compile time, and
// server/i18n/messages.test.ts checks that every other language has the same keys and arguments.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
