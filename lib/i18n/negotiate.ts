import { DEFAULT_LOCALE, localeOf, type Locale } from './locales';

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 12.5.4): highest q first, ties in the
 * order written, `q=0` refused, `*` ignored (it names no language). A regional tag counts for its language
 * (`de-AT` -> `de`), which is all our messages distinguish.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => /^q=/i.test(p));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0 && entry.tag !== '*')
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language of a page request: `lang=` in the address first (a display screen's link, a shared link), then
 * the visitor's remembered choice, then the browser's languages.
 */
export function requestLocale(input: {
  langParam: string | null;
  remembered: string | null | undefined;
  acceptLanguage: string | null;
}): Locale {
  return localeOf(input.langParam) ?? localeOf(input.remembered) ?? negotiateLocale(input.acceptLanguage);
}
