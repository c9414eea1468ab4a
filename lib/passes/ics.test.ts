import { describe, expect, it } from 'vitest';
import { findPasses } from './find-passes';
import { escapeIcsText, foldIcsLine, passesToIcs, passUid } from './ics';
import { parseTleText } from '../tle';
import { MS_PER_DAY } from '../units';
import { passPrediction } from './predictability';
import { loadReference, observerOf, REFERENCE_TLE, referenceSatrec } from './test-support';
import type { Observer } from './types';

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
  const lines = text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
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
  const passes = findPasses(satrec, observer, { fromMs: Date.parse(ref.window_start), toMs: Date.parse(ref.window_start) + 5 * MS_PER_DAY });
  const now = Date.parse('2026-10-09T20:00:00Z');
  const ics = passesToIcs(passes, observer, { elements, now, productId: '-//Orbit Watch//Passes//EN', noradId: 25544 });
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
      const startMs = Date.parse(`${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}T${start.slice(9, 11)}:${start.slice(11, 13)}:${start.slice(13, 15)}Z`);
      expect(Math.abs(startMs - (pass.visibleStart ?? pass.rise).atMs)).toBeLessThanOrEqual(500);
      expect((prop(event, 'DTEND') ?? '') > start).toBe(true);
      const summary = unescape(prop(event, 'SUMMARY') ?? '');
      expect(summary).toContain(`max ${Math.round(pass.maxElevationDeg)}°`);
      expect(summary).toMatch(/\b(N|NNE|NE|ENE|E|ESE|SE|SSE|S|SSW|SW|WSW|W|WNW|NW|NNW) to (N|NNE|NE|ENE|E|ESE|SE|SSE|S|SSW|SW|WSW|W|WNW|NW|NNW)$/);
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
    const month = findPasses(satrec, observer, { fromMs: Date.parse(ref.window_start), toMs: Date.parse(ref.window_start) + 30 * MS_PER_DAY });
    const predictable = month.filter((p) => passPrediction(elements, p).predictable);
    expect(predictable.length).toBeGreaterThan(0);
    expect(predictable.length).toBeLessThan(month.length);
    const text = passesToIcs(month, observer, { elements, now, productId: '-//t//t//EN', noradId: 25544 });
    const uids = parseIcs(text).components.filter((c) => c.type === 'VEVENT').map((e) => prop(e, 'UID'));
    expect(uids).toEqual(predictable.map((p) => passUid(p, observer, 25544)));
  });

  it('keeps UIDs stable when the prediction moves by seconds, and distinct per observer', () => {
    const pass = passes[0];
    if (!pass) throw new Error('no passes');
    const shifted = { ...pass, rise: { ...pass.rise, atMs: Math.floor(pass.rise.atMs / 60_000) * 60_000 + 30_000 } };
    const moved = { ...pass, rise: { ...pass.rise, atMs: Math.floor(pass.rise.atMs / 60_000) * 60_000 + 59_000 } };
    expect(passUid(shifted, observer, 25544)).toBe(passUid(moved, observer, 25544));
    expect(passUid(pass, { ...observer, latitudeDeg: observer.latitudeDeg + 0.001 }, 25544)).toBe(passUid(pass, observer, 25544));
    expect(passUid(pass, { ...observer, latitudeDeg: observer.latitudeDeg + 0.5 }, 25544)).not.toBe(passUid(pass, observer, 25544));
    expect(passUid(pass, observer, 48274)).not.toBe(passUid(pass, observer, 25544));
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
