/**
 * Lower-cased words with punctuation dropped and curly apostrophes folded, so that "Earth’s" and
 * "earth's" compare equal when checking our text against the source for copied wording. Letters of any
 * script count ("télescope" stays one word), so French, German and Spanish texts can be checked too; a
 * language written without spaces (Japanese) comes out as a few long "words" and is left to other checks.
 */
export function normalizedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** Every run of `length` consecutive normalized words, joined by single spaces. */
export function wordRuns(text: string, length: number): string[] {
  if (!Number.isInteger(length) || length < 1)
    throw new RangeError(`Run length must be a positive integer, got ${length}`);
  const words = normalizedWords(text);
  const runs: string[] = [];
  for (let i = 0; i + length <= words.length; i += 1) runs.push(words.slice(i, i + length).join(' '));
  return runs;
}

/** Every string inside a content value (objects, arrays, nested), for whole-corpus text checks. */
export function collectStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, into);
  return into;
}
