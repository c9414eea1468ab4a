import type { ContextEntry, TimelineEntry } from './types';

export const YEAR_2021_LEAD = 'A bumpy year in orbit, closed by a quiet portrait of the station.';

/** Oldest first. Month-only dates are used where the source gives no day. */
export const YEAR_2021_TIMELINE: readonly TimelineEntry[] = [
  {
    id: 'nauka-thrusters',
    date: '2021-07',
    title: 'Thrusters fire out of turn',
    body: [
      'Soon after Russia’s new Nauka module docked, its engines started firing without being commanded to. The push swung the whole station away from its intended orientation until flight controllers regained control.',
    ],
    tags: ['incident', 'attitude'],
  },
  {
    id: 'cracks',
    date: '2021-08',
    title: 'A sign of age',
    body: [
      'Cracks were reported in one part of the structure, a reminder that some of its hardware had been in space for over twenty years.',
    ],
    tags: ['incident', 'ageing'],
  },
  {
    id: 'debris',
    date: '2021-11',
    title: 'Trouble from debris',
    body: ['Orbital junk gave the crew more than one headache during November.'],
    tags: ['incident', 'debris'],
  },
  {
    id: 'aurora-photo',
    date: '2021-11',
    title: 'An aurora seen from above',
    body: [
      'Before leaving the station that month, ESA astronaut Thomas Pesquet captured an aurora glowing over the planet below.',
    ],
    tags: ['photography', 'pesquet'],
  },
  {
    id: 'farewell-photo',
    date: '2021-11-08',
    title: 'A parting portrait',
    body: [
      'On his way home on 8 November, Pesquet photographed the station from outside. The frame takes in its central spine, the cluster of modules and the broad solar wings that power it, all set against a deep-blue Earth.',
      'ESA shared the image on its blog.',
    ],
    tags: ['photography', 'pesquet'],
  },
];

export const YEAR_2021_OUTCOME: ContextEntry = {
  id: 'outcome',
  title: 'Still flying',
  body: [
    'None of it stopped the station. Each problem was dealt with and the work went on, which says a lot about how sturdy the ageing outpost is, even with repairs and upgrades still ahead of it.',
  ],
  tags: ['resilience'],
};
