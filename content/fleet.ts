import type { FleetMember } from './types';

export const FLEET_LEAD =
  'The station is one tool among several. These are the others the source article lists beside it.';

/** In the order the article names them. */
export const FLEET: readonly FleetMember[] = [
  {
    id: 'hubble',
    name: 'Hubble Space Telescope',
    kind: 'telescope',
    operators: ['NASA', 'ESA'],
    workplace: 'Low Earth orbit',
    summary:
      'Carried up by the Space Shuttle Discovery, it looks at the universe from above the blurring effect of the atmosphere.',
    launched: '1990-04-24',
    milestones: [],
  },
  {
    id: 'perseverance',
    name: 'Perseverance',
    kind: 'rover',
    operators: ['NASA'],
    workplace: 'Jezero Crater, Mars',
    summary:
      'Hunts for signs of ancient microbial life and seals rock samples in tubes so they could one day be brought to Earth.',
    launched: '2020-07-30',
    milestones: [{ label: 'Landed on Mars', date: '2021-02-18' }],
  },
  {
    id: 'curiosity',
    name: 'Curiosity',
    kind: 'rover',
    operators: ['NASA'],
    workplace: 'Gale Crater, Mars',
    summary: 'A car-sized rover sent to find out whether Mars ever offered conditions that microbes could live in.',
    launched: '2011-11-26',
    milestones: [{ label: 'Landed on Mars', date: '2012-08-06' }],
  },
  {
    id: 'juno',
    name: 'Juno',
    kind: 'probe',
    operators: ['NASA'],
    workplace: 'Orbit around Jupiter',
    summary: 'Studies the giant planet’s deep interior, its atmosphere and its powerful magnetic field.',
    launched: '2011-08-05',
    milestones: [{ label: 'Reached Jupiter', date: '2016-07' }],
  },
  {
    id: 'webb',
    name: 'James Webb Space Telescope',
    kind: 'telescope',
    operators: ['NASA', 'ESA', 'CSA'],
    workplace: 'Near the Sun–Earth L2 point, about 1.5 million km from Earth',
    summary: 'An infrared observatory with a segmented gold-coated mirror, built to see the earliest galaxies.',
    launched: '2021-12-25',
    milestones: [{ label: 'First science images released', date: '2022-07' }],
    sinceTheArticle:
      'In November 2021 the article could only call it upcoming, due to fly in December. It did: an Ariane 5 lifted it from Kourou on 25 December 2021.',
  },
];
