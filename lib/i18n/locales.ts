/**
 * The interface languages. Adding one takes this line and a messages file, `messages/<code>.json` (README,
 * "Adding a language"). `name` is the language's name in itself, as the switch shows it.
 */
export const LOCALE_LIST = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'ja', name: '日本語' },
] as const;

export type Locale = (typeof LOCALE_LIST)[number]['code'];

export const LOCALES: readonly Locale[] = LOCALE_LIST.map((l) => l.code);

/** The language of the reference texts (the source of every translation) and the last resort of negotiation. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `fr-CA`, `FR`, `fr_ca` -> `fr`; anything else -> null. */
export function localeOf(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}
