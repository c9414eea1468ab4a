import type { ContextEntry } from './types';
import { ZARYA_LAUNCH_ISO } from './station-age';

export const STATION_NAME = 'International Space Station';
export const STATION_SHORT_NAME = 'ISS';

/** The first module, the piece everything else was attached to. */
export const FIRST_MODULE = {
  name: 'Zarya',
  launchedAt: ZARYA_LAUNCH_ISO,
  launchDate: '1998-11-20',
  rocket: 'Proton',
  launchSite: 'Baikonur',
} as const;

export const STATION_LEAD =
  'A laboratory the size of a football field, assembled in orbit and crewed by people from many countries.';

export const STATION_SECTIONS: readonly ContextEntry[] = [
  {
    id: 'first-module',
    title: 'Where it started',
    date: FIRST_MODULE.launchDate,
    body: [
      'Construction began in orbit with Zarya, a Russian-built module that a Proton rocket lifted from Baikonur on 20 November 1998.',
      'The outpost grew outward from that single piece, one delivery at a time.',
    ],
    tags: ['history', 'zarya'],
  },
  {
    id: 'size',
    title: 'How big it is',
    body: ['With its solar wings spread, the finished complex covers about as much ground as a football field.'],
    tags: ['scale'],
  },
  {
    id: 'purpose',
    title: 'What it is for',
    body: [
      'Crews from partner nations share it as a research lab for experiments that need weightlessness.',
      'It is a long-running study of people, too: what months without gravity do to the human body.',
      'Having people work and sleep up there year after year makes life away from Earth seem less far-fetched to those of us on the ground.',
      'What engineers and doctors learn on board feeds the planning of crewed journeys to Mars and beyond.',
    ],
    tags: ['science', 'health', 'mars'],
    bodyStyle: 'list',
  },
];
