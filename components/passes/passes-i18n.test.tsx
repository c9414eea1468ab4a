import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ClockProvider } from '@/components/clock/clock-context';
import { displayFormat } from '@/lib/format/zoned-clock';
import type { Locale } from '@/lib/i18n/locales';
import { findPasses, observerFrame, passPath } from '@/lib/passes';
import { withIntl } from '@/test-support/i18n/intl';
import { TEST_MESSAGES } from '@/test-support/i18n/speech';
import { referenceSatrec } from '@/test-support/passes';
import { CoordinateForm } from './coordinate-form';
import { LocationPanel } from './location-panel';
import { NextPass } from './next-pass';
import { PassTable } from './pass-table';
import { PlaceSearch } from './place-search';
import { SkyChart } from './sky-chart';
import { SubscribePanel } from './subscribe-panel';
import { makeTimeFormat } from './time-format';

const satrec = referenceSatrec();
const london = { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 35, name: 'London' };
const fromMs = Date.parse('2026-10-09T19:42:49.139Z');
const passes = findPasses(satrec, london, { fromMs, toMs: fromMs + 10 * 86_400_000 });
// A dawn pass: it comes out of the Earth's shadow mid-pass, so the chart shows every kind of segment and event.
const visible = passes.find((p) => p.visible && p.visibleStart && p.visibleStart.atMs > p.rise.atMs + 60_000)!;
const frame = observerFrame(london);
const noop = () => undefined;

/** The planner's pieces, as the page draws them with a location set (the map and the clock banner aside). */
function planner(locale: Locale): string {
  const format = makeTimeFormat(locale, 'Europe/London', 'London');
  return renderToStaticMarkup(
    withIntl(
      <ClockProvider startMs={fromMs} speed={0} renderedAtMs={fromMs}>
        <LocationPanel
          observer={{ ...london, source: 'link', fromLink: true }}
          linkProblems={[]}
          onSet={noop}
          onForget={noop}
        />
        <PlaceSearch onPick={noop} />
        <CoordinateForm initial={london} onSubmit={noop} />
        <NextPass
          pass={passes[0]!}
          nextVisible={visible}
          format={format}
          satrec={satrec}
          frame={frame}
          onSelect={noop}
        />
        <SkyChart pass={visible} path={passPath(satrec, london, visible, 5)} format={format} />
        <SubscribePanel
          observer={london}
          satrec={satrec}
          filters={{ minElevationDeg: 10, visibleOnly: true, timeOfDay: 'any', maxMagnitude: null }}
          fromMs={fromMs}
          days={10}
        />
        <PassTable passes={passes} observer={london} format={format} selectedRiseMs={null} onSelect={noop} />
      </ClockProvider>,
      locale,
    ) as ReactNode,
  );
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a reader sees or hears: the text between tags, and the labels, titles and placeholders. */
function readable(html: string): string {
  const text = [...html.matchAll(/>([^<]+)</g)].map((m) => m[1]);
  const attributes = [...html.matchAll(/\s(?:aria-label|title|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  return decode([...text, ...attributes].join('\n'));
}

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

/**
 * The English words of the `passes` messages whose translation differs: each message's literal runs between its
 * {arguments} and <tags>, of letters, as whole words. "Rises", "Passes over", "in Earth’s shadow"...
 */
function englishRuns(locale: Locale): { key: string; run: string }[] {
  const english = new Map(flatten(TEST_MESSAGES.en.passes as Tree));
  return flatten(TEST_MESSAGES[locale].passes as Tree).flatMap(([key, translated]) => {
    const source = english.get(key)!;
    if (translated === source) return [];
    // Plural branches "{count, plural, one {# day} other {# days}}" hold words too: keep their text.
    const literal = source
      .replace(/\{\w+, plural, one \{([^}]*)\} other \{([^}]*)\}\}/g, ' $1 \n $2 ')
      .replace(/<\/?\w+>/g, '\n')
      .replace(/\{[^}]*\}/g, '\n');
    return literal
      .split('\n')
      .map((run) => run.replace(/#/g, '').trim())
      .filter((run) => /\p{L}{3,}/u.test(run))
      .map((run) => ({ key, run }));
  });
}

// The astronomers' unit of magnitude, written "mag" in every one of these languages.
const SHARED_WORDS = new Set(['mag']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the planner in English (the reference)', () => {
  const text = readable(planner('en'));
  it('draws the English words this test looks for in the other languages', () => {
    for (const run of [
      'Your location',
      'Next pass',
      'Rises',
      'Compass view',
      'Subscribe: reminders in your calendar',
    ]) {
      expect(text).toContain(run);
    }
  });
});

describe.each(['fr', 'de', 'es', 'ja'] as const)('the planner in %s', (locale) => {
  const html = planner(locale);
  const text = readable(html);
  const format = displayFormat('Europe/London', locale);

  it('has no English words of the passes messages left', () => {
    const left = englishRuns(locale)
      .filter(({ run }) => !SHARED_WORDS.has(run))
      .filter(({ run }) => new RegExp(`(^|[^\\p{L}])${escape(run)}($|[^\\p{L}])`, 'u').test(text))
      .map(({ key, run }) => `${key}: "${run}"`);
    expect(left).toEqual([]);
  });

  it('writes days and times the locale’s way', () => {
    const first = passes[0]!;
    expect(text).toContain(format.day(first.rise.atMs));
    expect(text).toContain(format.time(first.rise.atMs));
    if (locale === 'ja') expect(format.day(first.rise.atMs)).toMatch(/^\d+月\d+日/);
    else expect(format.day(first.rise.atMs)).not.toBe(displayFormat('Europe/London', 'en').day(first.rise.atMs));
  });

  it('writes numbers with the locale’s decimal mark, and the compass in its words', () => {
    const mark = locale === 'ja' ? '.' : ',';
    // Magnitudes ("−2,3"), and the coordinates the feed would send ("51,5° N").
    expect(text).toMatch(new RegExp(`\u2212\\d${escape(mark)}\\d`));
    expect(text).toContain(locale === 'ja' ? '北緯51.5°' : '51,5° N');
    const west = { fr: 'O', de: 'W', es: 'O', ja: '西' }[locale];
    expect(html).toContain(`>${west}</text>`);
  });

  it('counts down in the language', () => {
    const inWords = {
      // A number keeps its unit on its line (no-break space): "6 Min. / 51 Sek.", never "51 / Sek.".
      fr: /dans \d+\u00a0h \d\d\u00a0min/,
      de: /in \d+\u00a0Std\. \d\d\u00a0Min\./,
      es: /en \d+\u00a0h \d\d\u00a0min/,
      ja: /あと\d+時間\d\d分/,
    };
    expect(text).toMatch(inWords[locale]);
  });
});
