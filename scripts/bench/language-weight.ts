// Issue 19's budget: translating the app may add at most 10 KiB gzip of first-load JS to any page, in any
// language. Each page is measured in each language (lang=), as the browser gets it; the reference is the same
// page of the last build before the languages (commit 568c774), measured the same way on 2026-12-06.
import { measurePageWeight } from './page-weight';
import { kib, verdict, type Row } from './table';

export const LANGUAGE_PAGES = [
  '/',
  '/passes?lat=51.5074&lon=-0.1278&name=London',
  '/display?lat=51.5074&lon=-0.1278&name=London',
  '/developers',
] as const;

type LanguagePage = (typeof LANGUAGE_PAGES)[number];

/** First-load JS (gzip -9, summed) and HTML (gzip) of each page before the languages, bytes. */
export const BEFORE_LANGUAGES: Record<LanguagePage, { js: number; html: number }> = {
  '/': { js: 141_930, html: 7_878 },
  '/passes?lat=51.5074&lon=-0.1278&name=London': { js: 142_321, html: 3_472 },
  '/display?lat=51.5074&lon=-0.1278&name=London': { js: 144_184, html: 9_004 },
  '/developers': { js: 140_408, html: 4_866 },
};

export const LANGUAGE_BUDGET_BYTES = 10 * 1024;

export interface LanguageWeight {
  page: LanguagePage;
  locale: string;
  jsGzipBytes: number;
  htmlGzipBytes: number;
}

const withLang = (page: string, locale: string) => `${page}${page.includes('?') ? '&' : '?'}lang=${locale}`;

export async function measureLanguageWeights(
  baseUrl: string,
  distDir: string,
  cwd: string,
  locales: readonly string[],
): Promise<LanguageWeight[]> {
  const out: LanguageWeight[] = [];
  for (const page of LANGUAGE_PAGES) {
    for (const locale of locales) {
      const w = await measurePageWeight(baseUrl, distDir, cwd, withLang(page, locale));
      out.push({ page, locale, jsGzipBytes: w.firstLoadGzipBytes, htmlGzipBytes: w.htmlGzipBytes });
    }
  }
  return out;
}

export function languageWeightRows(weights: readonly LanguageWeight[]): Row[] {
  return weights.map(({ page, locale, jsGzipBytes, htmlGzipBytes }) => {
    const before = BEFORE_LANGUAGES[page];
    const added = jsGzipBytes - before.js;
    return {
      section: '4 weight',
      figure: `first-load JS of ${page.split('?')[0]} in ${locale}, gzip`,
      value: `${kib(jsGzipBytes)} (${added >= 0 ? '+' : ''}${kib(added)})`,
      budget: `<= +${kib(LANGUAGE_BUDGET_BYTES)}`,
      reference: `before the languages ${kib(before.js)}; HTML ${kib(htmlGzipBytes)} gzip (before ${kib(before.html)})`,
      verdict: verdict(added <= LANGUAGE_BUDGET_BYTES),
    };
  });
}
