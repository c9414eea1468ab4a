import { describe, expect, it } from 'vitest';
import { collectStrings, normalizedWords, wordRuns } from './word-runs';

describe('normalizedWords', () => {
  it('ignores case, punctuation and apostrophe style', () => {
    expect(normalizedWords('The ISS’s arrays — “huge”, really!')).toEqual(['the', "iss's", 'arrays', 'huge', 'really']);
    expect(normalizedWords("Earth's")).toEqual(normalizedWords('EARTH’S'));
  });

  it('keeps letters of any script inside their word', () => {
    expect(normalizedWords('Le télescope de l’ESA, à 1,5 million de km.')).toEqual([
      'le',
      'télescope',
      'de',
      "l'esa",
      'à',
      '1',
      '5',
      'million',
      'de',
      'km',
    ]);
    expect(normalizedWords('Größe des Außenpostens')).toEqual(['größe', 'des', 'außenpostens']);
  });
});

describe('wordRuns', () => {
  it('slides a window of the given length', () => {
    expect(wordRuns('a b c d', 3)).toEqual(['a b c', 'b c d']);
    expect(wordRuns('a b', 3)).toEqual([]);
    expect(() => wordRuns('a b', 0)).toThrow(RangeError);
  });

  it('finds a copied run even when punctuation and case differ', () => {
    const runs = new Set(wordRuns('It was a Calm, peaceful view of it.', 4));
    expect(wordRuns('A CALM PEACEFUL VIEW', 4).every((r) => runs.has(r))).toBe(true);
  });
});

describe('collectStrings', () => {
  it('walks nested objects and arrays', () => {
    expect(collectStrings({ a: 'x', b: ['y', { c: 'z', d: 3 }], e: null })).toEqual(['x', 'y', 'z']);
  });
});
