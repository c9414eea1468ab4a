import { describe, expect, it } from 'vitest';
import { flattenMessages, type MessageTree } from '@/test-support/i18n/message-tree';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { messagesFor } from './messages';

/** The arguments a message takes, with their kind: a translation may reorder them, not rename or drop them. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
      continue;
    }
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

function hasOtherBranches(elements: MessageFormatElement[]): boolean {
  return elements.every((element) => {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      return 'other' in element.options && Object.values(element.options).every((o) => hasOtherBranches(o.value));
    }
    return element.type !== TYPE.tag || hasOtherBranches(element.children);
  });
}

/** Words of two letters or more, outside the {arguments}: "{h} h {m} min" has one. */
const wordsIn = (message: string) => message.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{2,}/gu)?.length ?? 0;

const load = async (locale: Locale) => flattenMessages((await messagesFor(locale)) as unknown as MessageTree);

describe('messages', async () => {
  const reference = await load(DEFAULT_LOCALE);

  it('English, the reference, has messages', () => {
    expect(reference.size).toBeGreaterThan(20);
  });

  describe.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))('%s', async (locale) => {
    const messages = await load(locale);

    it('has every message English has, and no other', () => {
      const missing = [...reference.keys()].filter((key) => !messages.has(key));
      const extra = [...messages.keys()].filter((key) => !reference.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('takes the same arguments in every message', () => {
      const differing: string[] = [];
      for (const [key, english] of reference) {
        const translated = messages.get(key);
        if (translated === undefined) continue;
        const want = [...argumentsOf(parse(english))].sort();
        const got = [...argumentsOf(parse(translated))].sort();
        if (want.join() !== got.join()) differing.push(`${key}: ${got.join(' ')} (English: ${want.join(' ')})`);
      }
      expect(differing).toEqual([]);
    });

    it('has no empty message, and no sentence left in English', () => {
      const suspicious: string[] = [];
      for (const [key, english] of reference) {
        const translated = messages.get(key);
        if (translated === undefined) continue;
        if (translated.trim() === '') suspicious.push(`${key}: empty`);
        // Short labels may be the same ("Live", "N", "Orbit Watch", "{m} min"); three words or more, never.
        else if (translated === english && wordsIn(english) >= 3) suspicious.push(`${key}: "${english}"`);
      }
      expect(suspicious).toEqual([]);
    });
  });

  it.each(LOCALES)('%s: every message parses, and every plural or select has its "other" case', async (locale) => {
    const broken: string[] = [];
    for (const [key, message] of await load(locale)) {
      try {
        if (!hasOtherBranches(parse(message))) broken.push(`${key}: no "other"`);
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
