import { describe, expect, it } from 'vitest';
import { EN, EN_ICS } from '../../test-support/i18n/speech';
import ICAL from 'ical.js';
import { findPasses } from './find-passes';
import { escapeIcsText, foldIcsLine, passesToIcs, passUid } from './ics';
import { parseTleText } from '../tle';
import { MS_PER_DAY } from '../units';
import { passPrediction } from './predictability';
import { loadReference, observerOf, REFERENCE_TLE, referenceSatrec } from '../../test-support/passes';
import type { Observer, Pass } from './types';
import { createSatrec } from '../orbit/satrec';

// The ISS set published 1.8 days before the reference set (test-support/fixtures/tles.txt).
const OLDER_ISS_TLE = `ISS (ZARYA)
1 25544U 98067A   26281.01472253  .00004830  00000-0  96519-4 0  9992
2 25544  51.6313 101.7328 0006804 235.9979 124.0363 15.48769982589241`;

interface Property {
  name: string;
  params: string;
  value: string;
}

/** A small RFC 5545 reader: unfold, split name;params:value, group into components. */
function parseIcs(text: string): { lines: string[]; components: { type: string; props: Property[] }[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // only CRLF line endings
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const stack: { type: string; props: Property[] }[] = [];
  const components: { type: string; props: Property[] }[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const [name = '', ...params] = head.split(';');
    if (name === 'BEGIN') stack.push({ type: value, props: [] });
    else if (name === 'END') {
      const done = stack.pop();
      expect(done?.type).toBe(value);
      if (done) components.push(done);
    } else stack[stack.length - 1]?.props.push({ name, params: params.join(';'), value });
  }
  expect(stack).toHaveLength(0);
  return { lines, components };
}

const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([\\;,])/g, '$1');
const prop = (c: { props: Property[] }, name: string) => c.props.find((p) => p.name === name)?.value;

describe('passesToIcs', () => {
  const satrec = referenceSatrec();
  const ref = loadReference('houston');
  const observer: Observer = { ...observerOf(ref), name: 'Houston, TX; backyard' };
  const elements = parseTleText(REFERENCE_TLE)[0]!;
  // The first five days: every pass predictable, the later ones with a bound of minutes.
  const passes = findPasses(satrec, observer, {
    fromMs: Date.parse(ref.window_start),
    toMs: Date.parse(ref.window_start) + 5 * MS_PER_DAY,
  });
  const now = Date.parse('2026-10-09T20:00:00Z');
  const ics = passesToIcs(passes, observer, {
    speech: EN,
    words: EN_ICS,
    elements,
    now,
    productId: '-//Orbit Watch//Passes//EN',
    noradId: 25544,
  });
  const parsed = parseIcs(ics);

  it('is a well-formed calendar with one event and one alarm per pass', () => {
    const calendar = parsed.components.find((c) => c.type === 'VCALENDAR');
    expect(prop(calendar ?? { props: [] }, 'VERSION')).toBe('2.0');
    expect(prop(calendar ?? { props: [] }, 'PRODID')).toBe('-//Orbit Watch//Passes//EN');
    const events = parsed.components.filter((c) => c.type === 'VEVENT');
    const alarms = parsed.components.filter((c) => c.type === 'VALARM');
    expect(events).toHaveLength(passes.length);
    expect(alarms).toHaveLength(passes.length);
    for (const alarm of alarms) {
      expect(prop(alarm, 'TRIGGER')).toBe('-PT10M');
      expect(prop(alarm, 'ACTION')).toBe('DISPLAY');
    }
  });

  it('writes UTC times, a DTSTAMP, unique UIDs and a summary with elevation and directions', () => {
    const events = parsed.components.filter((c) => c.type === 'VEVENT');
    const uids = new Set(events.map((e) => prop(e, 'UID')));
    expect(uids.size).toBe(events.length);
    events.forEach((event, i) => {
      const pass = passes[i];
      if (!pass) throw new Error('event without pass');
      expect(prop(event, 'DTSTAMP')).toBe('20261009T200000Z');
      const start = prop(event, 'DTSTART') ?? '';
      expect(start).toMatch(/^\d{8}T\d{6}Z$/);
      const startMs = Date.parse(
        `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}T${start.slice(9, 11)}:${start.slice(11, 13)}:${start.slice(13, 15)}Z`,
      );
      expect(Math.abs(startMs - (pass.visibleStart ?? pass.rise).atMs)).toBeLessThanOrEqual(500);
      expect((prop(event, 'DTEND') ?? '') > start).toBe(true);
      const summary = unescape(prop(event, 'SUMMARY') ?? '');
      expect(summary).toContain(`max ${Math.round(pass.maxElevationDeg)}°`);
      expect(summary).toMatch(
        /\b(N|NNE|NE|ENE|E|ESE|SE|SSE|S|SSW|SW|WSW|W|WNW|NW|NNW) to (N|NNE|NE|ENE|E|ESE|SE|SSE|S|SSW|SW|WSW|W|WNW|NW|NNW)$/,
      );
      expect(unescape(prop(event, 'LOCATION') ?? '')).toBe('Houston, TX; backyard');
      expect(unescape(prop(event, 'DESCRIPTION') ?? '')).toContain('\n');
    });
  });

  it('says how far the times may be off once that reaches half a minute', () => {
    const events = parsed.components.filter((c) => c.type === 'VEVENT');
    events.forEach((event, i) => {
      const pass = passes[i]!;
      const bounded = passPrediction(elements, pass).timeUncertaintySeconds >= 30;
      expect(unescape(prop(event, 'DESCRIPTION') ?? '').includes('Times may be off by ±')).toBe(bounded);
    });
    expect(events.some((e) => unescape(prop(e, 'DESCRIPTION') ?? '').includes('Times may be off'))).toBe(true);
  });

  it('holds only the passes the elements can predict', () => {
    const month = findPasses(satrec, observer, {
      fromMs: Date.parse(ref.window_start),
      toMs: Date.parse(ref.window_start) + 30 * MS_PER_DAY,
    });
    const predictable = month.filter((p) => passPrediction(elements, p).predictable);
    expect(predictable.length).toBeGreaterThan(0);
    expect(predictable.length).toBeLessThan(month.length);
    const text = passesToIcs(month, observer, {
      speech: EN,
      words: EN_ICS,
      elements,
      now,
      productId: '-//t//t//EN',
      noradId: 25544,
    });
    const uids = parseIcs(text)
      .components.filter((c) => c.type === 'VEVENT')
      .map((e) => prop(e, 'UID'));
    expect(uids).toEqual(predictable.map((p) => passUid(p, observer, elements)));
  });

  it("keeps a pass's UID when it moves by 20 s across a minute boundary, and distinct per observer", () => {
    // A pass rising in the last 20 s of a minute: moved by 20 s, its rise minute changes (the old UID scheme's key).
    const pass = passes.find((p) => p.rise.atMs % 60_000 >= 40_000);
    if (!pass) throw new Error('no pass rising late in a minute');
    const shift = (p: Pass, ms: number): Pass => ({
      ...p,
      rise: { ...p.rise, atMs: p.rise.atMs + ms },
      culmination: { ...p.culmination, atMs: p.culmination.atMs + ms },
      set: { ...p.set, atMs: p.set.atMs + ms },
    });
    const moved = shift(pass, 20_000);
    expect(Math.floor(moved.rise.atMs / 60_000)).not.toBe(Math.floor(pass.rise.atMs / 60_000));
    expect(passUid(moved, observer, elements)).toBe(passUid(pass, observer, elements));
    // Minutes too (elements weeks old), either way, for every pass of the list.
    for (const p of passes) {
      for (const ms of [-180_000, -20_000, 20_000, 180_000])
        expect(passUid(shift(p, ms), observer, elements)).toBe(passUid(p, observer, elements));
    }
    expect(new Set(passes.map((p) => passUid(p, observer, elements))).size).toBe(passes.length);
    expect(passUid(pass, { ...observer, latitudeDeg: observer.latitudeDeg + 0.001 }, elements)).toBe(
      passUid(pass, observer, elements),
    );
    expect(passUid(pass, { ...observer, latitudeDeg: observer.latitudeDeg + 0.5 }, elements)).not.toBe(
      passUid(pass, observer, elements),
    );
    expect(passUid(pass, observer, elements, 48274)).not.toBe(passUid(pass, observer, elements));
  });

  it.each([
    ['Houston', 29.7604, -95.3698],
    ['Quito, near the equator', -0.18, -78.47],
    ['Singapore', 1.35, 103.82],
    ['Sydney', -33.87, 151.21],
    ['Reykjavik', 64.15, -21.94],
  ])('%s: new elements (1.8 days newer) move the passes by seconds and keep every UID', (_name, lat, lon) => {
    const older = parseTleText(OLDER_ISS_TLE)[0]!;
    const place: Observer = { latitudeDeg: lat, longitudeDeg: lon, heightM: 0 };
    const fromMs = elements.epochMs;
    const toMs = fromMs + 3 * MS_PER_DAY;
    const before = findPasses(createSatrec(older), place, { fromMs, toMs, minElevationDeg: 0 });
    const after = findPasses(satrec, place, { fromMs, toMs, minElevationDeg: 0 });
    let matched = 0;
    for (const p of after) {
      const same = before.find((q) => Math.abs(q.culmination.atMs - p.culmination.atMs) < 5 * 60_000);
      if (!same) continue;
      matched += 1;
      expect(passUid(same, place, older)).toBe(passUid(p, place, elements));
    }
    expect(matched).toBeGreaterThan(10);
  });
});

describe('RFC 5545 text helpers', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'°é€'.repeat(40)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    parts.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('passesToIcs read by a real parser (ical.js)', () => {
  const satrec = referenceSatrec();
  const elements = parseTleText(REFERENCE_TLE)[0]!;
  const observer: Observer = {
    latitudeDeg: 51.5074,
    longitudeDeg: -0.1278,
    heightM: 0,
    name: 'Café de Flore, a long name; with, punctuation',
  };
  const fromMs = elements.epochMs;
  const passes = findPasses(satrec, observer, { fromMs, toMs: fromMs + 3 * MS_PER_DAY });
  const now = Date.parse('2026-10-09T20:00:00Z');
  const text = passesToIcs(passes, observer, {
    speech: EN,
    words: EN_ICS,
    elements,
    now,
    productId: '-//Orbit Watch//Passes//EN',
    noradId: 25544,
    refreshHours: 6,
    alarmMinutes: 15,
  });

  it('parses, one VEVENT with a VALARM per pass, the times and refresh hints as written', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT6H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT6H');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(passes.length);
    events.forEach((vevent, i) => {
      const event = new ICAL.Event(vevent);
      const pass = passes[i]!;
      expect(event.startDate.toJSDate().getTime()).toBe(
        Math.round((pass.visibleStart ?? pass.rise).atMs / 1000) * 1000,
      );
      expect(event.location).toBe(observer.name);
      expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-10-09T20:00:00Z');
      const alarm = vevent.getFirstSubcomponent('valarm');
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15M');
    });
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
  });
});
