import { describe, expect, it } from 'vitest';
import { timeZoneAt } from '../../lib/geo/time-zone';
import {
  DEFAULT_DISPLAY_CONFIG,
  DEFAULT_PANELS,
  displayConfigToParams,
  parseDisplayConfig,
  withVenueTimeZone,
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

/** Each bad value: the setting keeps its default and exactly one notice names the parameter. */
const INVALID: Array<[query: string, param: string, check: (c: ReturnType<typeof parse>['config']) => void]> = [
  ['lat=91&lon=0', 'lat', (c) => expect(c.venue).toBeNull()],
  ['lat=abc&lon=0', 'lat', (c) => expect(c.venue).toBeNull()],
  ['lat=51&lon=181', 'lon', (c) => expect(c.venue).toBeNull()],
  ['lat=51.5', 'lon', (c) => expect(c.venue).toBeNull()],
  ['lon=-0.1', 'lat', (c) => expect(c.venue).toBeNull()],
  ['lat=51&lon=0&height=99999', 'height', (c) => expect(c.venue).toBeNull()],
  ['name=Science%20Museum', 'name', (c) => expect(c.venue).toBeNull()],
  ['height=30', 'height', (c) => expect(c.venue).toBeNull()],
  ['units=furlongs', 'units', (c) => expect(c.units).toBe('metric')],
  ['tz=Mars/Olympus_Mons', 'tz', (c) => expect(c.timeZone).toBeNull()],
  ['tz=GMT%2B25', 'tz', (c) => expect(c.timeZone).toBeNull()],
  ['theme=neon', 'theme', (c) => expect(c.theme).toBe('dark')],
  ['panels=weather', 'panels', (c) => expect(c.panels).toEqual(DEFAULT_PANELS)],
  ['panels=,,,', 'panels', (c) => expect(c.panels).toEqual(DEFAULT_PANELS)],
  ['orbits=0', 'orbits', (c) => expect(c.orbits).toBe(2)],
  ['orbits=6', 'orbits', (c) => expect(c.orbits).toBe(2)],
  ['orbits=2.5', 'orbits', (c) => expect(c.orbits).toBe(2)],
  ['orbits=two', 'orbits', (c) => expect(c.orbits).toBe(2)],
  ['orbits=-1', 'orbits', (c) => expect(c.orbits).toBe(2)],
  ['reload=25:00', 'reload', (c) => expect(c.reloadAt).toBeNull()],
  ['reload=3.30', 'reload', (c) => expect(c.reloadAt).toBeNull()],
  ['reload=03:60', 'reload', (c) => expect(c.reloadAt).toBeNull()],
  ['reload=daily', 'reload', (c) => expect(c.reloadAt).toBeNull()],
  ['t=yesterday', 't', (c) => expect(c.startMs).toBeNull()],
  ['t=1800-01-01T00:00:00Z', 't', (c) => expect(c.startMs).toBeNull()],
  ['t=2026-10-10T18:00:00Z&speed=fast', 'speed', (c) => expect(c.speed).toBe(1)],
  ['t=2026-10-10T18:00:00Z&speed=-2', 'speed', (c) => expect(c.speed).toBe(1)],
  ['t=2026-10-10T18:00:00Z&speed=5000', 'speed', (c) => expect(c.speed).toBe(1)],
  ['speed=10', 'speed', (c) => expect(c.speed).toBe(1)],
  ['unit=imperial', 'unit', (c) => expect(c.units).toBe('metric')],
];

describe('parseDisplayConfig: every invalid value falls back with a notice', () => {
  it.each(INVALID)('%s', (query, param, check) => {
    const { config, notices } = parse(query);
    check(config);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe(param);
    expect(notices[0]?.message.length).toBeGreaterThan(10);
  });

  it('a bad panel entry is left out and the good ones kept', () => {
    const { config, notices } = parse('panels=station:20,weather:10,fleet:20');
    expect(config.panels).toEqual([
      { id: 'station', seconds: 20 },
      { id: 'fleet', seconds: 20 },
    ]);
    expect(notices.map((n) => n.message)).toEqual([expect.stringContaining('"weather:10" is not a panel')]);
  });

  it.each(['station:0', 'station:4', 'station:3601', 'station:12.5', 'station:x', 'station:'])(
    'panel time %s falls back to 30 s',
    (entry) => {
      const { config, notices } = parse(`panels=${entry},fleet`);
      expect(config.panels).toEqual([
        { id: 'station', seconds: 30 },
        { id: 'fleet', seconds: 30 },
      ]);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.param).toBe('panels');
    },
  );

  it('a panel listed twice is shown once, and station:20:5 is not a panel', () => {
    expect(parse('panels=fleet:10,fleet:20').config.panels).toEqual([{ id: 'fleet', seconds: 10 }]);
    expect(parse('panels=fleet:10,fleet:20').notices).toHaveLength(1);
    expect(parse('panels=station:20:5,fleet').config.panels).toEqual([{ id: 'fleet', seconds: 30 }]);
  });

  it('several problems give several notices and keep the good settings', () => {
    const { config, notices } = parse('lat=51.5&lon=-0.12&units=kelvin&tz=Nowhere/Land&theme=high-contrast&orbits=9');
    expect(notices.map((n) => n.param)).toEqual(['units', 'tz', 'orbits']);
    expect(config.venue).toMatchObject({ latitudeDeg: 51.5, longitudeDeg: -0.12 });
    expect(config.theme).toBe('high-contrast');
  });

  it('quotes a long or hostile value shortened and without control characters', () => {
    const { notices } = parse(`units=${encodeURIComponent('a\u0000b'.repeat(40))}`);
    const message = notices[0]?.message ?? '';
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message.length).toBeLessThan(120);
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
    expect(notices[0]?.message).toMatch(/using the venue's zone, Europe\/London/);
  });
});
