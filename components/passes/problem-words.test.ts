import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { noPassesReason, observerFromSearchParams, parseHeight, parseLatitude, parseLongitude } from '@/lib/observer';
import { filtersFromSearchParams } from '@/lib/passes/pass-filters';
import { speechFor, TEST_MESSAGES } from '@/test-support/i18n/speech';
import { noPassesWords, type NoPassesContext, type PassesWords } from './pass-words';
import { coordinateProblem, filterProblem, linkProblem } from './problem-words';

// The page's words for a component's `useTranslations('passes')`, built outside React.
const wordsFor = (locale: Locale) =>
  createTranslator({ locale, messages: TEST_MESSAGES[locale], namespace: 'passes' }) as unknown as PassesWords;

const failed = (result: { ok: true } | { ok: false; message: string }) => (result.ok ? null : result.message);

// Every sentence the parsers write, one input each.
const COORDINATE_PROBLEMS = [
  failed(parseLatitude('')),
  failed(parseLongitude('')),
  failed(parseLatitude('51 E')),
  failed(parseLongitude('2 N')),
  failed(parseLatitude('-51 N')),
  failed(parseLongitude('west')),
  failed(parseLatitude('51 61 0')),
  failed(parseLatitude('95')),
  failed(parseLongitude('200')),
  failed(parseHeight('tall')),
  failed(parseHeight('10000')),
].filter((m): m is string => m !== null);
const LINK_PROBLEMS = ['lon=2', 'lat=48', 'lat=95&lon=2', 'lat=48&lon=x', 'lat=48&lon=2&height=99999'].flatMap(
  (query) => observerFromSearchParams(new URLSearchParams(query)).problems,
);
const FILTER_PROBLEMS = filtersFromSearchParams(
  new URLSearchParams('visibleOnly=maybe&when=noon&maxMagnitude=-20&minElevation=100'),
).problems;

describe('problems explained by lib/observer and lib/passes/pass-filters, in the page’s words', () => {
  it('covers every kind of sentence', () => {
    expect(COORDINATE_PROBLEMS).toHaveLength(11);
    expect(LINK_PROBLEMS).toHaveLength(5);
    expect(FILTER_PROBLEMS).toHaveLength(4);
  });

  it('says in English exactly what the parsers say (the e2e tests and the API read the same sentences)', () => {
    const t = wordsFor('en');
    for (const message of COORDINATE_PROBLEMS) expect(coordinateProblem(message, t)).toBe(message);
    for (const problem of LINK_PROBLEMS) expect(linkProblem(problem, t)).toBe(problem);
    for (const problem of FILTER_PROBLEMS) expect(filterProblem(problem, t)).toBe(problem);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('recognises every sentence in %s, keeping the value typed', (locale) => {
    const t = wordsFor(locale);
    for (const message of COORDINATE_PROBLEMS) expect(coordinateProblem(message, t)).not.toBe(message);
    for (const problem of LINK_PROBLEMS) expect(linkProblem(problem, t)).not.toBe(problem);
    for (const problem of FILTER_PROBLEMS) expect(filterProblem(problem, t)).not.toBe(problem);
    expect(coordinateProblem(failed(parseLongitude('west'))!, t)).toContain('west');
    expect(filterProblem(FILTER_PROBLEMS[1]!, t)).toContain('noon');
  });
});

describe('why the list is empty', () => {
  const iss = { inclinationDeg: 51.64, meanMotionRevPerDay: 15.5, eccentricity: 0.0005 };
  const contexts: NoPassesContext[] = [
    { ...iss, latitudeDeg: -77.85, minElevationDeg: 10, days: 10, visibleOnly: false, anyPass: false },
    { ...iss, latitudeDeg: 68, minElevationDeg: 60, days: 10, visibleOnly: false, anyPass: false },
    { ...iss, latitudeDeg: 48.86, minElevationDeg: 10, days: 1, visibleOnly: true, anyPass: true },
    { ...iss, latitudeDeg: 48.86, minElevationDeg: 80, days: 3, visibleOnly: false, anyPass: false },
  ];

  it('says in English what lib/observer/reach.ts says (with a typographic apostrophe)', () => {
    for (const ctx of contexts) {
      expect(noPassesWords(ctx, speechFor('en'), wordsFor('en')).replace(/\u2019/g, "'")).toBe(noPassesReason(ctx));
    }
  });

  it('writes the latitude the locale’s way', () => {
    const [antarctica] = contexts;
    expect(noPassesWords(antarctica!, speechFor('fr'), wordsFor('fr'))).toContain('à 77,9° S :');
    expect(noPassesWords(antarctica!, speechFor('ja'), wordsFor('ja'))).toMatch(/^南緯77\.9°では/);
  });
});
