import { describe, expect, it } from 'vitest';
import { flattenMessages, type MessageTree } from '@/test-support/i18n/message-tree';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n/locales';
import de from '../messages/de.json';
import en from '../messages/en.json';
import es from '../messages/es.json';
import fr from '../messages/fr.json';
import ja from '../messages/ja.json';
import { FLEET } from './fleet';
import { CONTEXT_PANEL_IDS, type ContextPanelId } from './panels';
import { STATION_SECTIONS } from './station';
import { wordRuns } from './word-runs';
import { YEAR_2021_TIMELINE } from './year-2021';
import { hashRun, RUN_LENGTH } from '../test-support/content/shingle-hash';

// The story's words live in messages/<locale>.json under `story`; its structure in this folder. These tests tie the
// two together and hold every language's wording to the same rules. server/i18n/messages.test.ts already checks that
// each language has every key English has, with the same arguments.

const STORIES: Record<Locale, MessageTree> = { en: en.story, fr: fr.story, de: de.story, es: es.story, ja: ja.story };
const OTHER_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

function subtree(tree: MessageTree, key: string): MessageTree {
  const value = tree[key];
  if (value === undefined || typeof value === 'string') throw new Error(`No messages under "${key}"`);
  return value;
}

/**
 * What a reader sees of a message, as the text of each paragraph: a top-level `<p>` or `<li>` is one paragraph,
 * anything else makes a single one. Arguments become a neutral figure ("7"), plurals and selects their `other`
 * case, so a rule about words never trips over ICU syntax.
 */
function paragraphs(message: string): string[] {
  const text = (elements: MessageFormatElement[]): string =>
    elements
      .map((element) => {
        if (element.type === TYPE.literal) return element.value;
        if (element.type === TYPE.pound) return '7';
        if (element.type === TYPE.tag) return text(element.children);
        if (element.type === TYPE.plural || element.type === TYPE.select)
          return text(element.options.other?.value ?? []);
        return '7';
      })
      .join('');
  const elements = parse(message);
  const blocks = elements.filter((e) => e.type === TYPE.tag && (e.value === 'p' || e.value === 'li'));
  return blocks.length > 0 ? blocks.map((block) => text([block])) : [text(elements)];
}

/** Every message of one panel (its namespace) plus the credit line every panel carries, as plain text. */
function panelText(locale: Locale, panel: ContextPanelId): string {
  const messages = flattenMessages(STORIES[locale]);
  return [...flattenMessages(subtree(STORIES[locale], panel)).values(), messages.get('credit') ?? '']
    .flatMap(paragraphs)
    .join(' ');
}

/** Messages that are prose: leads, bodies, summaries, updates and the credit (not titles, names or labels). */
function prose(locale: Locale): Array<[string, string]> {
  return [...flattenMessages(STORIES[locale])].filter(([key]) =>
    /(^credit|\.lead|\.body|\.summary|^fleet\.updates\.)/.test(key),
  );
}

describe('story structure and messages', () => {
  const story = STORIES.en;

  it('has a title and a body for exactly the entries content/ lists', () => {
    const keys = (tree: MessageTree) => Object.keys(tree).sort();
    expect(keys(subtree(subtree(story, 'station'), 'sections'))).toEqual(STATION_SECTIONS.map((s) => s.id).sort());
    expect(keys(subtree(subtree(story, 'year-2021'), 'events'))).toEqual(YEAR_2021_TIMELINE.map((e) => e.id).sort());
    expect(keys(subtree(subtree(story, 'fleet'), 'members'))).toEqual(FLEET.map((m) => m.id).sort());
    for (const panel of CONTEXT_PANEL_IDS)
      expect(flattenMessages(subtree(story, panel)).get('title'), panel).toBeTruthy();
  });

  it.each(LOCALES)('%s: marks a list body with <li> and a running body with <p>, nothing else', (locale) => {
    const bodies = [
      ...STATION_SECTIONS.map((s) => [`station.sections.${s.id}.body`, s.bodyStyle] as const),
      ...YEAR_2021_TIMELINE.map((e) => [`year-2021.events.${e.id}.body`, e.bodyStyle] as const),
      ['year-2021.outcome.body', undefined] as const,
    ];
    const messages = flattenMessages(STORIES[locale]);
    for (const [key, style] of bodies) {
      const message = messages.get(key) ?? '';
      const tags = new Set(message.match(/<(\w+)>/g));
      expect([...tags], `${locale} ${key}`).toEqual([style === 'list' ? '<li>' : '<p>']);
      // Nothing outside the paragraphs, where it would float unwrapped between them.
      expect(message.replace(/<(p|li)>.*?<\/\1>/g, ''), `${locale} ${key}`).toBe('');
    }
  });

  it('names the photographer in the farewell photo in every language', () => {
    for (const locale of LOCALES) {
      const body = flattenMessages(STORIES[locale]).get('year-2021.events.farewell-photo.body') ?? '';
      expect(body, locale).toContain(locale === 'ja' ? 'ペスケ' : 'Pesquet');
    }
  });
});

describe('wording', () => {
  it('copies no run of five words from the source article, in any language', () => {
    const fixture = JSON.parse(
      readFileSync(fileURLToPath(new URL('../test-support/content/article-shingles.json', import.meta.url)), 'utf8'),
    ) as { runLength: number; hashes: string[] };
    expect(fixture.runLength).toBe(RUN_LENGTH);
    expect(fixture.hashes.length).toBeGreaterThan(100);
    const articleRuns = new Set(fixture.hashes);

    for (const locale of LOCALES) {
      const text = [...flattenMessages(STORIES[locale]).values()].flatMap(paragraphs);
      const copied = text.flatMap((s) => wordRuns(s, RUN_LENGTH)).filter((run) => articleRuns.has(hashRun(run)));
      expect(copied, locale).toEqual([]);
    }
  });

  // Each language is written in its own right; a run of four English words in it is an untranslated leftover.
  it.each(OTHER_LOCALES)('%s: repeats no run of four words from the English story', (locale) => {
    const english = new Set(
      [...flattenMessages(STORIES.en).values()].flatMap(paragraphs).flatMap((s) => wordRuns(s, 4)),
    );
    const runs = [...flattenMessages(STORIES[locale]).values()].flatMap(paragraphs).flatMap((s) => wordRuns(s, 4));
    expect(runs.filter((run) => english.has(run))).toEqual([]);
  });

  it.each(LOCALES)('%s: writes prose as full sentences, with typographic apostrophes and single spaces', (locale) => {
    const texts = prose(locale).flatMap(([key, message]) => paragraphs(message).map((text) => [key, text] as const));
    expect(texts.length).toBeGreaterThan(15);
    for (const [key, text] of texts) {
      expect(text, key).toMatch(locale === 'ja' ? /。$/ : /[.!?]$/);
      expect(text, key).not.toMatch(/ {2}|^ | $/);
    }
    // A straight apostrophe is ICU's escape character: "l'ESA {date}" would print "{date}" as it stands.
    for (const [key, message] of flattenMessages(STORIES[locale])) expect(message, key).not.toContain("'");
  });

  it('fr: puts a no-break space before : ; ! ? and none of them after a plain space', () => {
    for (const [key, message] of flattenMessages(STORIES.fr)) {
      for (const text of paragraphs(message)) expect(text, key).not.toMatch(/[^\u00a0\u202f][:;!?]/u);
    }
  });

  it('ja: leaves no space between words, and uses Japanese punctuation', () => {
    for (const [key, message] of flattenMessages(STORIES.ja)) {
      for (const text of paragraphs(message)) {
        expect(text, key).not.toMatch(/\s/);
        expect(text, key).not.toMatch(/[,.:;]/);
      }
    }
  });

  /**
   * The display page rotates these panels in a fixed box and shrinks type only so far, so no language may be much
   * longer than English. Japanese characters are about twice as wide as a Latin letter, so each counts double.
   */
  it.each(OTHER_LOCALES)('%s: keeps each panel about as long as in English', (locale) => {
    const width = (text: string) =>
      [...text].reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
    for (const panel of CONTEXT_PANEL_IDS) {
      const ratio = width(panelText(locale, panel)) / width(panelText('en', panel));
      expect(ratio, `${locale} ${panel}: ${ratio.toFixed(2)}`).toBeLessThanOrEqual(1.15);
    }
  });
});
