import type { SourceCredit } from './types';

/**
 * The article these panels draw their facts from. Its outlet and address were not part of the copy
 * the project received, so none is given here rather than guessed.
 */
export const ARTICLE_CREDIT: SourceCredit = {
  written: '2021-11',
  photo: {
    photographer: 'Thomas Pesquet',
    agency: 'ESA',
    taken: '2021-11-08',
  },
};
