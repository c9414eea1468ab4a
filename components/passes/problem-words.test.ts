import { describe, expect, it } from 'vitest';
import { coordinateProblemText, linkProblemText } from '@/test-support/observer/problem-text';
import { createTranslator } from 'use-intl/core';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import {
  observerFromSearchParams,
  parseHeight,
  parseLatitude,
  parseLongitude,
  type CoordinateProblem,
  type FieldResult,
  type LinkProblem,
} from '@/lib/observer';
import { filtersFromSearchParams, type FilterParam } from '@/lib/passes/pass-filters';
import { speechFor, TEST_MESSAGES } from '@/test-support/i18n/speech';
import type { NoPassesContext } from '@/lib/observer/reach';
import { noPassesWords, type PassesWords } from './pass-words';
import { coordinateProblem, filterProblem, linkProblem } from './problem-words';

// The page's words for a component's `useTranslations('passes')`, built outside React. A missing message throws
// rather than falling back to its key, so every code must have words in every language.
const wordsFor = (locale: Locale) =>
  createTranslator({
    locale,
    messages: TEST_MESSAGES[locale],
    namespace: 'passes',
    onError: (error) => {
      throw error;
    },
  }) as unknown as PassesWords;

const problemOf = (result: FieldResult<number>): CoordinateProblem => {
  if (result.ok) throw new Error(`expected a problem, got ${result.value}`);
  return result.problem;
};

// Every code the parsers give, from real input: keyed by code, so a new code does not compile until it is here.
const COORDINATE_INPUTS: Record<CoordinateProblem['code'], FieldResult<number>[]> = {
  empty: [parseLatitude(''), parseLongitude('')],
  letter: [parseLatitude('51 E'), parseLongitude('2 N')],
  signAndLetter: [parseLatitude('-51 N'), parseLongitude('-2 W')],
  notDegrees: [parseLatitude('north'), parseLongitude('west')],
  minutesSeconds: [parseLatitude('51 61 0'), parseLongitude('0 7.5 40')],
  range: [parseLatitude('95'), parseLongitude('200')],
  heightNotNumber: [parseHeight('tall')],
  heightRange: [parseHeight('10000')],
};
const COORDINATE_PROBLEMS = Object.values(COORDINATE_INPUTS).flat().map(problemOf);

const LINK_PROBLEMS: LinkProblem[] = [
  'lon=2',
  'lat=48',
  'lat=95&lon=2',
  'lat=48&lon=x',
  'lat=48&lon=2&height=99999',
].flatMap((query) => observerFromSearchParams(new URLSearchParams(query)).problems);

// The English the page has always shown for these (the parsers wrote it before they gave codes).
const FILTER_ENGLISH: Record<FilterParam, string> = {
  visibleOnly: 'visibleOnly: "maybe" is not true or false',
  when: 'when: "noon" is not any, evening or morning',
  maxMagnitude: 'maxMagnitude: "-20" is not a magnitude from -10 to 10',
  minElevation: 'minElevation: "100" is not degrees from 0 to 90',
};
const FILTER_PROBLEMS = filtersFromSearchParams(
  new URLSearchParams('visibleOnly=maybe&when=noon&maxMagnitude=-20&minElevation=100'),
).problems;

describe('problems found by lib/observer and lib/passes/pass-filters, in the page’s words', () => {
  it('has real input for every code', () => {
    for (const [code, results] of Object.entries(COORDINATE_INPUTS)) {
      for (const result of results) expect(problemOf(result).code).toBe(code);
    }
    expect(LINK_PROBLEMS.map((p) => (p.code === 'missing' ? p.param : p.problem.code))).toEqual([
      'lat',
      'lon',
      'range',
      'notDegrees',
      'heightRange',
    ]);
    expect(FILTER_PROBLEMS.map((p) => p.param)).toEqual(Object.keys(FILTER_ENGLISH));
  });

  it('says in English exactly what the English-only display says (the e2e tests read the same sentences)', () => {
    const t = wordsFor('en');
    for (const problem of COORDINATE_PROBLEMS)
      expect(coordinateProblem(problem, t)).toBe(coordinateProblemText(problem));
    for (const problem of LINK_PROBLEMS) expect(linkProblem(problem, t)).toBe(linkProblemText(problem));
    for (const problem of FILTER_PROBLEMS) expect(filterProblem(problem, t)).toBe(FILTER_ENGLISH[problem.param]);
    expect(coordinateProblem(problemOf(parseLongitude('west')), t)).toBe(
      '"west" is not a number of degrees: write decimal degrees such as -0.1278',
    );
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('words every code in %s, keeping the value typed', (locale) => {
    const t = wordsFor(locale);
    const en = wordsFor('en');
    for (const problem of COORDINATE_PROBLEMS)
      expect(coordinateProblem(problem, t)).not.toBe(coordinateProblem(problem, en));
    for (const problem of LINK_PROBLEMS) expect(linkProblem(problem, t)).not.toBe(linkProblem(problem, en));
    for (const problem of FILTER_PROBLEMS) {
      expect(filterProblem(problem, t)).not.toBe(filterProblem(problem, en));
      expect(filterProblem(problem, t)).toContain(problem.value);
    }
    expect(coordinateProblem(problemOf(parseLongitude('west')), t)).toContain('west');
    expect(coordinateProblem(problemOf(parseLatitude('51 E')), t)).toContain('E');
    expect(coordinateProblem(problemOf(parseHeight('tall')), t)).toContain('tall');
    // No two codes share a sentence: each says its own thing.
    const sentences = COORDINATE_PROBLEMS.map((p) => coordinateProblem(p, t));
    expect(new Set(sentences).size).toBe(new Set(COORDINATE_PROBLEMS.map((p) => coordinateProblem(p, en))).size);
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

  it('says in English what the page said before the languages, case by case', () => {
    // The sentences lib/observer/reach.ts wrote itself until it returned cases (apostrophes now typographic).
    expect(contexts.map((ctx) => noPassesWords(ctx, speechFor('en'), wordsFor('en')))).toEqual([
      'The station never rises above your horizon at 77.9° S: its orbit is inclined 51.6°, so it can be seen only up to about 72.1° north or south.',
      'From 68° N the station stays low on the horizon and never reaches 60°: lower the minimum elevation to see its passes.',
      'No visible passes in the next 1 day: the station passes over, but in daylight or in the Earth’s shadow. Visible passes come in runs of a few days around dawn and dusk; try a longer window.',
      'No passes reach 80° in the next 3 days. Try a lower minimum elevation or a longer window.',
    ]);
  });

  it('writes the latitude the locale’s way', () => {
    const [antarctica] = contexts;
    expect(noPassesWords(antarctica!, speechFor('fr'), wordsFor('fr'))).toContain('à 77,9° S :');
    expect(noPassesWords(antarctica!, speechFor('ja'), wordsFor('ja'))).toMatch(/^南緯77\.9°では/);
  });
});
