import { describe, expect, it } from 'vitest';
import type { ContextPanelId } from '../../content/panels';
import { timeZoneAt } from '../../lib/geo/time-zone';
import {
  DEFAULT_DISPLAY_CONFIG,
  DEFAULT_PANELS,
  displayConfigToParams,
  parseDisplayConfig,
  withVenueTimeZone,
  type DisplayNotice,
} from './config';

const parse = (query: string) => parseDisplayConfig(new URLSearchParams(query));

describe('parseDisplayConfig: good addresses', () => {
  it('an empty address is the default screen with nothing to report', () => {
    const { config, notices } = parse('');
    expect(notices).toEqual([]);
    expect(config).toEqual(DEFAULT_DISPLAY_CONFIG);
    expect(config.panels.map((p) => p.id)).toEqual(['station', 'year-2021', 'fleet']);
  });

  it('reads every parameter of a full address', () => {
    const { config, notices } = parse(
      'lat=51.4779&lon=-0.0015&height=46&name=Royal%20Observatory&units=imperial&tz=Europe/London&theme=high-contrast' +
        '&panels=fleet:45,station:20&orbits=3&reload=03:30&t=2026-10-10T18:00:00Z&speed=0',
    );
    expect(notices).toEqual([]);
    expect(config).toEqual({
      venue: { latitudeDeg: 51.4779, longitudeDeg: -0.0015, heightM: 46, name: 'Royal Observatory' },
      units: 'imperial',
      timeZone: 'Europe/London',
      theme: 'high-contrast',
      panels: [
        { id: 'fleet', seconds: 45 },
        { id: 'station', seconds: 20 },
      ],
      orbits: 3,
      reloadAt: { hour: 3, minute: 30 },
      startMs: Date.parse('2026-10-10T18:00:00Z'),
      speed: 0,
    });
  });

  it('accepts the hemisphere forms the passes page accepts, and canonical zone spelling', () => {
    const { config, notices } = parse('lat=33.87S&lon=151.21E&tz=australia/sydney&units=METRIC&theme=Dark');
    expect(notices).toEqual([]);
    expect(config.venue).toMatchObject({ latitudeDeg: -33.87, longitudeDeg: 151.21 });
    expect(config.timeZone).toBe('Australia/Sydney');
    expect(config.units).toBe('metric');
    expect(config.theme).toBe('dark');
  });

  it('panels=none switches the rotation off; an id alone gets the default time', () => {
    expect(parse('panels=none').config.panels).toEqual([]);
    expect(parse('panels=NONE').notices).toEqual([]);
    const { config, notices } = parse('panels=year-2021, fleet:5');
    expect(notices).toEqual([]);
    expect(config.panels).toEqual([
      { id: 'year-2021', seconds: 30 },
      { id: 'fleet', seconds: 5 },
    ]);
  });

  it('empty parameters count as absent, reload=off as no reload', () => {
    const { config, notices } = parse('units=&tz=&theme=&panels=&orbits=&reload=off&t=&speed=');
    expect(notices).toEqual([]);
    expect(config).toEqual(DEFAULT_DISPLAY_CONFIG);
  });

  it('round-trips through displayConfigToParams', () => {
    const query =
      'lat=-33.87&lon=151.21&name=Sydney&units=imperial&tz=Australia/Sydney&theme=high-contrast&panels=none&orbits=4&reload=23:05';
    const { config } = parse(query);
    const again = parseDisplayConfig(displayConfigToParams(config));
    expect(again.notices).toEqual([]);
    expect(again.config).toEqual(config);
    expect(displayConfigToParams(DEFAULT_DISPLAY_CONFIG).toString()).toBe('');
  });
});

type Config = ReturnType<typeof parse>['config'];
/** Every panel id, in order: what a notice about a bad panel entry says to use. */
const PANELS: ContextPanelId[] = ['station', 'year-2021', 'fleet'];

/** Each bad value: the setting keeps its default and exactly one notice, this one, says why (as a code). */
const INVALID: Array<[query: string, notice: DisplayNotice, check: (c: Config) => void]> = [
  [
    'lat=91&lon=0',
    {
      code: 'noVenue',
      param: 'lat',
      problem: { code: 'invalid', param: 'lat', problem: { code: 'range', axis: 'latitude' } },
    },
    (c) => expect(c.venue).toBeNull(),
  ],
  [
    'lat=abc&lon=0',
    {
      code: 'noVenue',
      param: 'lat',
      problem: {
        code: 'invalid',
        param: 'lat',
        problem: { code: 'notDegrees', axis: 'latitude', text: 'abc', example: '51.5074' },
      },
    },
    (c) => expect(c.venue).toBeNull(),
  ],
  [
    'lat=51&lon=181',
    {
      code: 'noVenue',
      param: 'lon',
      problem: { code: 'invalid', param: 'lon', problem: { code: 'range', axis: 'longitude' } },
    },
    (c) => expect(c.venue).toBeNull(),
  ],
  [
    'lat=51.5',
    { code: 'noVenue', param: 'lon', problem: { code: 'missing', param: 'lon' } },
    (c) => expect(c.venue).toBeNull(),
  ],
  [
    'lon=-0.1',
    { code: 'noVenue', param: 'lat', problem: { code: 'missing', param: 'lat' } },
    (c) => expect(c.venue).toBeNull(),
  ],
  [
    'lat=51&lon=0&height=99999',
    {
      code: 'noVenue',
      param: 'height',
      problem: { code: 'invalid', param: 'height', problem: { code: 'heightRange', min: -500, max: 9000 } },
    },
    (c) => expect(c.venue).toBeNull(),
  ],
  ['name=Science%20Museum', { code: 'needsPlace', param: 'name' }, (c) => expect(c.venue).toBeNull()],
  ['height=30', { code: 'needsPlace', param: 'height' }, (c) => expect(c.venue).toBeNull()],
  ['units=furlongs', { code: 'units', param: 'units', value: 'furlongs' }, (c) => expect(c.units).toBe('metric')],
  [
    'tz=Mars/Olympus_Mons',
    { code: 'timeZone', param: 'tz', value: 'Mars/Olympus_Mons', venueZone: null },
    (c) => expect(c.timeZone).toBeNull(),
  ],
  [
    'tz=GMT%2B25',
    { code: 'timeZone', param: 'tz', value: 'GMT+25', venueZone: null },
    (c) => expect(c.timeZone).toBeNull(),
  ],
  ['theme=neon', { code: 'theme', param: 'theme', value: 'neon' }, (c) => expect(c.theme).toBe('dark')],
  [
    'panels=weather',
    { code: 'panelsNone', param: 'panels', value: 'weather', known: PANELS },
    (c) => expect(c.panels).toEqual(DEFAULT_PANELS),
  ],
  [
    'panels=,,,',
    { code: 'panelsNone', param: 'panels', value: ',,,', known: PANELS },
    (c) => expect(c.panels).toEqual(DEFAULT_PANELS),
  ],
  ...['0', '6', '2.5', 'two', '-1'].map((value): [string, DisplayNotice, (c: Config) => void] => [
    `orbits=${value}`,
    { code: 'orbits', param: 'orbits', value, min: 1, max: 5, orbits: 2 },
    (c) => expect(c.orbits).toBe(2),
  ]),
  ...['25:00', '3.30', '03:60', 'daily'].map((value): [string, DisplayNotice, (c: Config) => void] => [
    `reload=${value}`,
    { code: 'reload', param: 'reload', value },
    (c) => expect(c.reloadAt).toBeNull(),
  ]),
  ['t=yesterday', { code: 'time', param: 't', value: 'yesterday' }, (c) => expect(c.startMs).toBeNull()],
  [
    't=1800-01-01T00:00:00Z',
    { code: 'time', param: 't', value: '1800-01-01T00:00:00Z' },
    (c) => expect(c.startMs).toBeNull(),
  ],
  ...['fast', '-2', '5000'].map((value): [string, DisplayNotice, (c: Config) => void] => [
    `t=2026-10-10T18:00:00Z&speed=${value}`,
    { code: 'speed', param: 'speed', value, max: 3600 },
    (c) => expect(c.speed).toBe(1),
  ]),
  ['speed=10', { code: 'speedNeedsTime', param: 'speed' }, (c) => expect(c.speed).toBe(1)],
  ['unit=imperial', { code: 'unknownParam', param: 'unit', value: 'unit' }, (c) => expect(c.units).toBe('metric')],
];

describe('parseDisplayConfig: every invalid value falls back with a notice', () => {
  it.each(INVALID)('%s', (query, notice, check) => {
    const { config, notices } = parse(query);
    check(config);
    expect(notices).toEqual([notice]);
  });

  it('a bad panel entry is left out and the good ones kept', () => {
    const { config, notices } = parse('panels=station:20,weather:10,fleet:20');
    expect(config.panels).toEqual([
      { id: 'station', seconds: 20 },
      { id: 'fleet', seconds: 20 },
    ]);
    expect(notices).toEqual([{ code: 'panelUnknown', param: 'panels', value: 'weather:10', known: PANELS }]);
  });

  it.each([
    ['station:0', '0'],
    ['station:4', '4'],
    ['station:3601', '3601'],
    ['station:12.5', '12.5'],
    ['station:x', 'x'],
    ['station:', ''],
  ])('panel time %s falls back to 30 s', (entry, value) => {
    const { config, notices } = parse(`panels=${entry},fleet`);
    expect(config.panels).toEqual([
      { id: 'station', seconds: 30 },
      { id: 'fleet', seconds: 30 },
    ]);
    expect(notices).toEqual([
      { code: 'panelSeconds', param: 'panels', panel: 'station', value, min: 5, max: 3600, seconds: 30 },
    ]);
  });

  it('a panel listed twice is shown once, and station:20:5 is not a panel', () => {
    expect(parse('panels=fleet:10,fleet:20').config.panels).toEqual([{ id: 'fleet', seconds: 10 }]);
    expect(parse('panels=fleet:10,fleet:20').notices).toEqual([
      { code: 'panelTwice', param: 'panels', panel: 'fleet' },
    ]);
    const twoColons = parse('panels=station:20:5,fleet');
    expect(twoColons.config.panels).toEqual([{ id: 'fleet', seconds: 30 }]);
    expect(twoColons.notices).toEqual([
      { code: 'panelUnknown', param: 'panels', value: 'station:20:5', known: PANELS },
    ]);
  });

  it('several problems give several notices and keep the good settings', () => {
    const { config, notices } = parse('lat=51.5&lon=-0.12&units=kelvin&tz=Nowhere/Land&theme=high-contrast&orbits=9');
    expect(notices.map((n) => [n.param, n.code])).toEqual([
      ['units', 'units'],
      ['tz', 'timeZone'],
      ['orbits', 'orbits'],
    ]);
    expect(config.venue).toMatchObject({ latitudeDeg: 51.5, longitudeDeg: -0.12 });
    expect(config.theme).toBe('high-contrast');
  });

  it('quotes a long or hostile value shortened and without control characters', () => {
    const { notices } = parse(`units=${encodeURIComponent('a\u0000b'.repeat(40))}`);
    const notice = notices[0];
    expect(notice?.code).toBe('units');
    const value = notice?.code === 'units' ? notice.value : '';
    expect(value).toBe(`${'a b'.repeat(13)}a…`);
    expect(value).not.toMatch(/[\u0000-\u001f]/);
  });

  it('ignores framework and campaign parameters silently', () => {
    expect(parse('_rsc=abc&utm_source=poster').notices).toEqual([]);
  });
});

describe("withVenueTimeZone: the venue's own zone by default", () => {
  const venue = (query: string) => withVenueTimeZone(parse(query), timeZoneAt);

  it("Sydney's venue without tz gets Australia/Sydney; tz still wins; no venue keeps the screen's zone", () => {
    expect(venue('lat=-33.87&lon=151.21').config.timeZone).toBe('Australia/Sydney');
    expect(venue('lat=-33.87&lon=151.21&tz=Europe/London').config.timeZone).toBe('Europe/London');
    expect(venue('').config.timeZone).toBeNull();
  });

  it("a ship mid-Atlantic gets the nautical zone; a bad tz falls back to the venue's zone and says so", () => {
    expect(venue('lat=30&lon=-40').config.timeZone).toBe('Etc/GMT+3');
    const { config, notices } = venue('lat=51.4779&lon=-0.0015&tz=Nowhere/Land');
    expect(config.timeZone).toBe('Europe/London');
    expect(notices).toEqual([{ code: 'timeZone', param: 'tz', value: 'Nowhere/Land', venueZone: 'Europe/London' }]);
  });
});
