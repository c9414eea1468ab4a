import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { parseDisplayConfig, withVenueTimeZone, type DisplayNotice } from '@/app-logic/display/config';
import { timeZoneAt } from '@/lib/geo/time-zone';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { withIntl } from '@/test-support/i18n/intl';
import { ConfigNotice } from './config-notice';

interface Example {
  /** The display's address, giving exactly one notice. */
  query: string;
  /** The note as the screen showed it before the codes (and as the e2e tests read it): English must not change. */
  english: string;
  /** What the address said that every language must quote as typed. */
  kept: string[];
}

// Every code, from a real address: keyed by code, so a new code does not compile until it is shown here. The
// time zone also comes replaced by the venue's zone, and the venue problem as both kinds of link problem.
const EXAMPLES: Record<DisplayNotice['code'], Example[]> = {
  noVenue: [
    {
      query: 'lat=abc&lon=0',
      english:
        'lat: lat: "abc" is not a number of degrees: write decimal degrees such as 51.5074; no venue, so no pass times',
      kept: ['abc', '51.5074'],
    },
    {
      query: 'lat=51.5',
      english: 'lon: The link has lat but no lon; no venue, so no pass times',
      kept: ['lat', 'lon'],
    },
  ],
  needsPlace: [{ query: 'name=Science%20Museum', english: 'name: name needs lat and lon; ignored', kept: ['lat'] }],
  units: [
    {
      query: 'units=furlongs',
      english: 'units: "furlongs" is not metric or imperial; using metric',
      kept: ['furlongs'],
    },
  ],
  timeZone: [
    {
      query: 'tz=Mars/Olympus',
      english: `tz: "Mars/Olympus" is not a time zone name such as Europe/London; using the screen's own zone`,
      kept: ['Mars/Olympus'],
    },
    {
      query: 'lat=-33.87&lon=151.21&tz=Mars/Olympus',
      english: `tz: "Mars/Olympus" is not a time zone name such as Europe/London; using the venue's zone, Australia/Sydney`,
      kept: ['Mars/Olympus', 'Australia/Sydney'],
    },
  ],
  theme: [{ query: 'theme=neon', english: 'theme: "neon" is not dark or high-contrast; using dark', kept: ['neon'] }],
  panelUnknown: [
    {
      query: 'panels=weather:10,fleet',
      english: 'panels: "weather:10" is not a panel (use station, year-2021, fleet or none); left out',
      kept: ['weather:10', 'station, year-2021, fleet'],
    },
  ],
  panelTwice: [{ query: 'panels=fleet,fleet', english: 'panels: fleet is listed twice; shown once', kept: ['fleet'] }],
  panelSeconds: [
    {
      query: 'panels=station:3601',
      english: 'panels: station: "3601" is not a whole number of seconds from 5 to 3600; showing it 30 s',
      kept: ['3601', '3600'],
    },
  ],
  panelsNone: [
    {
      query: 'panels=weather',
      english: 'panels: "weather" lists no panel (use station, year-2021, fleet or none); showing all of them',
      kept: ['weather', 'station, year-2021, fleet'],
    },
  ],
  orbits: [
    {
      query: 'orbits=9',
      english: 'orbits: "9" is not a whole number from 1 to 5; drawing 2',
      kept: ['9'],
    },
  ],
  reload: [
    {
      query: 'reload=daily',
      english: 'reload: "daily" is not a 24-hour time such as 03:30; no daily reload',
      kept: ['daily'],
    },
  ],
  time: [
    {
      query: 't=yesterday',
      english: 't: "yesterday" is not an ISO 8601 time or Unix seconds (1957-2100); showing now',
      kept: ['yesterday'],
    },
  ],
  speed: [
    {
      query: 't=2026-10-10T18:00:00Z&speed=5000',
      english: 'speed: "5000" is not a speed from 0 to 3600; using 1',
      kept: ['5000', '3600'],
    },
  ],
  speedNeedsTime: [{ query: 'speed=10', english: 'speed: speed needs t; showing now at normal speed', kept: [] }],
  unknownParam: [{ query: 'unit=imperial', english: 'unit: unknown parameter "unit"; ignored', kept: ['unit'] }],
};

const ALL = Object.entries(EXAMPLES).flatMap(([code, examples]) => examples.map((example) => ({ code, ...example })));

function noticeOf(query: string): DisplayNotice {
  const { notices } = withVenueTimeZone(parseDisplayConfig(new URLSearchParams(query)), timeZoneAt);
  expect(notices).toHaveLength(1);
  return notices[0]!;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The notes as a reader sees them: each list item's text, without tags, React's text separators or entities. */
function shownNotes(notices: DisplayNotice[], locale: Locale): string[] {
  const html = renderToString(withIntl(<ConfigNotice notices={notices} />, locale));
  return [...html.matchAll(/<li>(.*?)<\/li>/g)].map(([, inner = '']) =>
    inner
      .replace(/<!-- -->|<[^>]+>/g, '')
      .replace(/&quot;|&#x27;|&lt;|&gt;|&amp;/g, (entity) => ENTITIES[entity] ?? entity),
  );
}

const noteIn = (query: string, locale: Locale): string => {
  const [note, ...rest] = shownNotes([noticeOf(query)], locale);
  expect(rest).toEqual([]);
  return note ?? '';
};

describe('the display’s notices in every language', () => {
  it('gives exactly the code each example is for', () => {
    for (const { code, query } of ALL) expect(noticeOf(query).code).toBe(code);
  });

  it.each(ALL.map((e) => [e.query, e] as const))('English is word for word what it was: %s', (query, example) => {
    expect(noteIn(query, 'en')).toBe(example.english);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: every note translated, the address’s own words kept', (locale) => {
    for (const { query, english, kept } of ALL) {
      const note = noteIn(query, locale);
      const param = english.slice(0, english.indexOf(':'));
      // The parameter, as typed, still leads the note; the sentence after it is not the English one.
      expect(note.startsWith(`${param}`)).toBe(true);
      expect(note).not.toBe(english);
      expect(note).not.toContain(english.slice(english.indexOf(': ') + 2));
      expect(note).not.toContain('display.notice');
      for (const value of kept) expect(note, `${locale} ${query}`).toContain(value);
    }
  });

  it('keeps a hostile value shortened and without control characters in every language', () => {
    const notice = noticeOf(`units=${encodeURIComponent('<b>\u0007'.repeat(20))}`);
    for (const locale of LOCALES) {
      const [note = ''] = shownNotes([notice], locale);
      expect(note).toContain('<b> <b>');
      expect(note).toContain('…');
      expect(note).not.toMatch(/[\u0000-\u001f]/);
    }
  });

  it('shows three notes and counts the rest, in each language', () => {
    const notices = ['units=a', 'theme=b', 'orbits=c', 'reload=d', 't=e'].map(noticeOf);
    expect(shownNotes(notices, 'en').at(-1)).toBe('and 2 more');
    expect(shownNotes(notices, 'fr').at(-1)).toBe('et 2 autres');
    for (const locale of LOCALES) expect(shownNotes(notices, locale)).toHaveLength(4);
  });
});
