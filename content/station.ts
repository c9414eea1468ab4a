import type { ContextEntry } from './types';
import { ZARYA_LAUNCH_ISO } from './station-age';

/**
 * The first module, the piece everything else was attached to. Its name, the rocket and the launch site are
 * written in the messages, as each language spells them (Zarya, Sarja, Zariá, ザーリャ).
 */
export const FIRST_MODULE = {
  id: 'zarya',
  launchedAt: ZARYA_LAUNCH_ISO,
  launchDate: '1998-11-20',
} as const;

export type StationSectionId = 'first-module' | 'size' | 'purpose';

/** Texts: `story.station.sections.<id>`. */
export const STATION_SECTIONS: readonly ContextEntry<StationSectionId>[] = [
  {
    id: 'first-module',
    date: FIRST_MODULE.launchDate,
    tags: ['history', 'zarya'],
  },
  {
    id: 'size',
    tags: ['scale'],
  },
  {
    id: 'purpose',
    tags: ['science', 'health', 'mars'],
    bodyStyle: 'list',
  },
];
