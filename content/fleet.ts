import { ARTICLE_CREDIT } from './source';
import type { FleetMember } from './types';

/** In the order the article names them. Texts: `story.fleet.members.<id>`. */
export const FLEET: readonly FleetMember[] = [
  {
    id: 'hubble',
    kind: 'telescope',
    operators: ['nasa', 'esa'],
    launched: '1990-04-24',
    milestones: [],
  },
  {
    id: 'perseverance',
    kind: 'rover',
    operators: ['nasa'],
    launched: '2020-07-30',
    milestones: [{ id: 'landed-on-mars', date: '2021-02-18' }],
  },
  {
    id: 'curiosity',
    kind: 'rover',
    operators: ['nasa'],
    launched: '2011-11-26',
    milestones: [{ id: 'landed-on-mars', date: '2012-08-06' }],
  },
  {
    id: 'juno',
    kind: 'probe',
    operators: ['nasa'],
    launched: '2011-08-05',
    milestones: [{ id: 'reached-jupiter', date: '2016-07' }],
  },
  {
    id: 'webb',
    kind: 'telescope',
    operators: ['nasa', 'esa', 'csa'],
    launched: '2021-12-25',
    milestones: [{ id: 'first-images', date: '2022-07' }],
    // Its orbit around the Sun–Earth L2 point, roughly this far from Earth.
    figures: { distanceKm: 1_500_000 },
    sinceTheArticle: {
      id: 'webb-launched',
      // The article expected a December launch; it came on Christmas Day.
      dates: { written: ARTICLE_CREDIT.written, expected: '2021-12', launched: '2021-12-25' },
    },
  },
];
