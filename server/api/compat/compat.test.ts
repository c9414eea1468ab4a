import { describe, expect, it } from 'vitest';
import { parseTleText } from '../../../lib/tle';
import { createSatrec } from '../../../lib/orbit/satrec';
import { Tracker } from '../../../lib/passes/tracker';
import { loadReference, observerOf, REFERENCE_TLE } from '../../../test-support/passes';
import { readCompatQuery, parseDecimal } from './compat-query';
import { isCallbackName, jsonpBody } from './jsonp';
import { buildIssPass, OPEN_NOTIFY_HORIZON_DEG, parseIssPassQuery } from './open-notify';
import {
  buildTlesReport,
  isSatelliteId,
  parseCoordinates,
  parseTimestamps,
  satelliteList,
  tlesText,
} from './wheretheiss';

const tle = parseTleText(REFERENCE_TLE)[0]!;
const satrec = createSatrec(tle);

describe('JSONP callback names', () => {
  it.each(['cb', 'jQuery351_1700000000', '$', '_x9', 'a'.repeat(64)])('accepts the identifier %s', (name) => {
    expect(isCallbackName(name)).toBe(true);
  });
  it.each([
    '',
    '1cb',
    'a.b',
    'a[0]',
    'alert(1)',
    'a;b',
    'a b',
    'ünï',
    'a'.repeat(65),
    'function',
    'eval',
    'this',
    '<script>',
    'a-b',
    'a\n',
  ])('refuses %j', (name) => {
    expect(isCallbackName(name)).toBe(false);
  });
  it('wraps the JSON in one guarded call behind a comment', () => {
    expect(jsonpBody('cb', '{"a":1}')).toBe('/**/ typeof cb === \'function\' && cb({"a":1});');
  });
});

describe('compatible query parsing', () => {
  it('ignores parameters it does not read (jQuery adds _=), refuses a repeated one and a bad callback', () => {
    expect(readCompatQuery(new URLSearchParams('lat=1&_=1700000000'), ['lat'])).toEqual({
      ok: true,
      values: { lat: '1' },
      callback: null,
    });
    expect(readCompatQuery(new URLSearchParams('lat=1&lat=2'), ['lat']).ok).toBe(false);
    expect(readCompatQuery(new URLSearchParams('callback=a.b'), []).ok).toBe(false);
    expect(readCompatQuery(new URLSearchParams('callback=cb'), [])).toEqual({ ok: true, values: {}, callback: 'cb' });
  });
  it('reads decimals the way Python and C clients print them', () => {
    expect([
      parseDecimal('51.5'),
      parseDecimal('-0.12'),
      parseDecimal('1e-05'),
      parseDecimal(' 7 '),
      parseDecimal('.5'),
    ]).toEqual([51.5, -0.12, 1e-5, 7, 0.5]);
    expect([
      parseDecimal(''),
      parseDecimal('0x10'),
      parseDecimal('NaN'),
      parseDecimal('Infinity'),
      parseDecimal('1,5'),
    ]).toEqual([null, null, null, null, null]);
  });
});

describe('wheretheiss.at shapes', () => {
  it('lists the one satellite and knows only its id', () => {
    expect(satelliteList(tle)).toEqual([{ name: 'iss', id: 25544 }]);
    expect(isSatelliteId('25544', tle)).toBe(true);
    expect(['25545', 'iss', '025544x', '', '1e5'].map((id) => isSatelliteId(id, tle))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('takes 1 to 10 timestamps', () => {
    expect(parseTimestamps('1791577189,1791577249')).toEqual({ ok: true, ms: [1791577189000, 1791577249000] });
    expect(parseTimestamps(Array.from({ length: 10 }, (_, i) => 1791577189 + i).join(',')).ok).toBe(true);
    expect(parseTimestamps(Array.from({ length: 11 }, (_, i) => 1791577189 + i).join(',')).ok).toBe(false);
    expect(parseTimestamps(undefined).ok).toBe(false);
    expect(parseTimestamps('abc').ok).toBe(false);
    expect(parseTimestamps('1,,2').ok).toBe(false);
  });
  it('gives the TLE with Unix times, the id as a string, and the text form', () => {
    const report = buildTlesReport(tle, Date.parse('2026-10-10T00:00:00Z'));
    expect(report).toEqual({
      requested_timestamp: 1791590400,
      tle_timestamp: Math.floor(tle.epochMs / 1000),
      id: '25544',
      name: 'iss',
      header: 'ISS (ZARYA)',
      line1: tle.line1,
      line2: tle.line2,
    });
    // 2026-10-09T19:42:49.139Z, the epoch of day 282.82140207 of 2026.
    expect(report.tle_timestamp).toBe(1791574969);
    expect(tlesText(report)).toBe(`ISS (ZARYA)\n${tle.line1}\n${tle.line2}\n`);
  });
  it('reads {lat},{lon} from the path, spaces around the comma tolerated', () => {
    expect(parseCoordinates('37.795517,-122.393693')).toEqual({ latitude: 37.795517, longitude: -122.393693 });
    expect(parseCoordinates('37.795517, -122.393693')).toEqual({ latitude: 37.795517, longitude: -122.393693 });
    expect(['91,0', '0,181', '1', '1,2,3', 'a,b', ',', ''].map(parseCoordinates)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('Open Notify iss-pass', () => {
  it('takes the original parameters, ranges and defaults (alt 100 m, n 5)', () => {
    expect(parseIssPassQuery({ lat: '45.0', lon: '-122.3' })).toEqual({
      ok: true,
      value: { latitude: 45, longitude: -122.3, altitude: 100, passes: 5 },
    });
    expect(parseIssPassQuery({ lat: '0', lon: '0', alt: '0', n: '100' })).toEqual({
      ok: true,
      value: { latitude: 0, longitude: 0, altitude: 0, passes: 100 },
    });
    expect(parseIssPassQuery({ lon: '1' })).toEqual({ ok: false, reason: 'Latitude must be specified.' });
    expect(parseIssPassQuery({ lat: '91', lon: '1' })).toEqual({
      ok: false,
      reason: 'Latitude must be number between -90.0 and 90.0',
    });
    expect(parseIssPassQuery({ lat: '1' })).toEqual({ ok: false, reason: 'Longitude must be specified.' });
    expect(parseIssPassQuery({ lat: '1', lon: '-181' })).toEqual({
      ok: false,
      reason: 'Longitude must be number between -180.0 and 180.0',
    });
    expect(parseIssPassQuery({ lat: '1', lon: '1', alt: '10001' }).ok).toBe(false);
    expect(parseIssPassQuery({ lat: '1', lon: '1', n: '0' }).ok).toBe(false);
    expect(parseIssPassQuery({ lat: '1', lon: '1', n: '101' }).ok).toBe(false);
  });

  describe.each(['london', 'houston', 'sydney'] as const)('against the Skyfield reference passes: %s', (city) => {
    const ref = loadReference(city);
    const observer = observerOf(ref);
    const nowMs = Date.parse(ref.window_start);
    const windowEnd = Date.parse(ref.window_end);
    const report = buildIssPass(
      satrec,
      { latitude: observer.latitudeDeg, longitude: observer.longitudeDeg, altitude: observer.heightM, passes: 100 },
      nowMs,
    );
    const listed = report.response.filter((p) => p.risetime * 1000 < windowEnd);
    // A pass peaking under ~10.6 degrees stays above 10 for a minute or less: the original left those out.
    const clear = ref.passes.filter((p) => p.max_elevation_deg >= 10.6 && Date.parse(p.culmination) < windowEnd);

    it('lists one entry per reference pass clearly above 10 deg, rising between its 0-deg rise and its culmination', () => {
      for (const r of clear) {
        const matches = listed.filter(
          (p) => p.risetime * 1000 >= Date.parse(r.rise) - 1000 && p.risetime * 1000 <= Date.parse(r.culmination),
        );
        expect(matches, `${city} pass rising ${r.rise}`).toHaveLength(1);
        const [p] = matches;
        // Above 10 degrees for less time than above the horizon, and setting between culmination and set.
        const setMs = (p!.risetime + p!.duration) * 1000;
        expect(setMs).toBeGreaterThan(Date.parse(r.culmination));
        expect(setMs).toBeLessThan(Date.parse(r.set) + 1000);
      }
      // And nothing the reference does not have (passes under 10 degrees included in its second list).
      expect(listed.length).toBeLessThanOrEqual(ref.passes.filter((p) => p.max_elevation_deg >= 10).length);
      expect(listed.length).toBeGreaterThanOrEqual(clear.length);
    });

    it('rises through 10 degrees within the second after risetime and sets within 2 s after risetime + duration', () => {
      const tracker = new Tracker(satrec, observer);
      const el = (s: number) => tracker.at(s * 1000)!.elevationDeg;
      for (const p of listed) {
        // Both truncated to whole seconds, as the original did.
        expect(el(p.risetime)).toBeLessThanOrEqual(OPEN_NOTIFY_HORIZON_DEG);
        expect(el(p.risetime + 1)).toBeGreaterThan(OPEN_NOTIFY_HORIZON_DEG);
        expect(el(p.risetime + p.duration)).toBeGreaterThan(OPEN_NOTIFY_HORIZON_DEG);
        expect(el(p.risetime + p.duration + 2)).toBeLessThan(OPEN_NOTIFY_HORIZON_DEG);
      }
    });

    it('echoes the request as the original did', () => {
      expect(report.request).toEqual({
        datetime: Math.floor(nowMs / 1000),
        latitude: observer.latitudeDeg,
        longitude: observer.longitudeDeg,
        altitude: observer.heightM,
        passes: 100,
      });
      expect(report.message).toBe('success');
    });
  });

  it('counts a pass under way in n without listing it (pyiss reads 1 of 2 as "overhead now")', () => {
    const ref = loadReference('london');
    const first = ref.passes[0]!; // culminates at 34.9 deg
    const q = { latitude: ref.observer.lat_deg, longitude: ref.observer.lon_deg, altitude: 0, passes: 2 };
    const during = buildIssPass(satrec, q, Date.parse(first.culmination));
    const before = buildIssPass(satrec, q, Date.parse(first.rise) - 60_000);
    expect(before.response).toHaveLength(2);
    expect(during.response).toHaveLength(1);
    expect(during.response[0]!.risetime).toBe(before.response[1]!.risetime);
  });

  it('finds nothing where the station never climbs 10 degrees (the poles), without searching forever', () => {
    expect(
      buildIssPass(satrec, { latitude: 85, longitude: 0, altitude: 0, passes: 5 }, Date.parse('2026-10-10T00:00:00Z'))
        .response,
    ).toEqual([]);
  });
});
