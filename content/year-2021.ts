import type { ContextEntry, TimelineEntry } from './types';

export type Year2021EventId = 'nauka-thrusters' | 'cracks' | 'debris' | 'aurora-photo' | 'farewell-photo';

/**
 * Oldest first. Month-only dates are used where the source gives no day. Texts:
 * `story.year-2021.events.<id>`.
 */
export const YEAR_2021_TIMELINE: readonly TimelineEntry<Year2021EventId>[] = [
  { id: 'nauka-thrusters', date: '2021-07', tags: ['incident', 'attitude'] },
  {
    id: 'cracks',
    date: '2021-08',
    // The article's own rounding: the station was launched "over 20 years" before 2021.
    figures: { years: 20 },
    tags: ['incident', 'ageing'],
  },
  { id: 'debris', date: '2021-11', tags: ['incident', 'debris'] },
  { id: 'aurora-photo', date: '2021-11', tags: ['photography', 'pesquet'] },
  { id: 'farewell-photo', date: '2021-11-08', tags: ['photography', 'pesquet'] },
];

/** Texts: `story.year-2021.outcome`. */
export const YEAR_2021_OUTCOME: ContextEntry<'outcome'> = {
  id: 'outcome',
  tags: ['resilience'],
};
