import type { SourceCredit } from './types';

/**
 * The article these panels draw their facts from. Its outlet and address were not part of the copy
 * the project received, so none is given here rather than guessed.
 */
export const ARTICLE_CREDIT: SourceCredit = {
  kind: 'News article',
  written: '2021-11',
  short: 'Based on a November 2021 news article about Thomas Pesquet’s photo of the ISS, published on ESA’s blog.',
  details: [
    'The facts here come from a news article written in November 2021. It covers a picture of the station that ESA astronaut Thomas Pesquet took as he left on 8 November 2021, which the European Space Agency published on its blog.',
    'The wording in these panels is our own. A few well-established dates were added, such as Zarya’s launch and the later launch of the James Webb Space Telescope.',
  ],
  photo: {
    photographer: 'Thomas Pesquet',
    photographerAgency: 'ESA',
    publishedBy: 'ESA (European Space Agency) blog',
    taken: '2021-11-08',
  },
};
