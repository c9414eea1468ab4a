import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installTestSource, request } from '../../../test-support/route-test-support';
import { GET as passesJson } from '../passes/route';
import { dynamic, GET } from './route';

interface RefPass {
  rise: string;
  culmination: string;
  max_elevation_deg: number;
  part_visible_geometric?: { any_part_visible: boolean; visible_start?: string; visible_max_el_deg?: number };
}
const ref = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'test-support/fixtures/passes-london.json'), 'utf8'),
) as {
  observer: { lat_deg: number; lon_deg: number };
  window_start: string;
  window_end: string;
  passes: RefPass[];
};
const LONDON = `lat=${ref.observer.lat_deg}&lon=${ref.observer.lon_deg}&name=London&from=${ref.window_start}`;

let cleanup: () => void;
beforeEach(() => {
  ({ cleanup } = installTestSource()); // offline: the embedded TLE is the reference TLE
});
afterEach(() => cleanup());

const feed = async (qs: string) => {
  const res = await GET(request(`/api/passes.ics?${qs}`));
  return { res, text: await res.text() };
};

describe('GET /api/passes.ics', () => {
  it('is rendered per request', () => expect(dynamic).toBe('force-dynamic'));

  it('London: a calendar a real parser reads, one event with an alarm per visible reference pass', async () => {
    const { res, text } = await feed(`${LONDON}&alarm=15`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('ISS (ZARYA) passes over London');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT6H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT6H');
    const events = calendar.getAllSubcomponents('vevent');
    // Skyfield's visible passes (lit part up to 10 deg), those the elements can still predict (all of London's).
    const expected = ref.passes.filter(
      (r) => r.part_visible_geometric?.any_part_visible && (r.part_visible_geometric.visible_max_el_deg ?? 0) >= 10,
    );
    expect(events).toHaveLength(expected.length);
    events.forEach((vevent, i) => {
      const start = new ICAL.Event(vevent).startDate.toJSDate().getTime();
      expect(Math.abs(start - Date.parse(expected[i]!.part_visible_geometric!.visible_start!))).toBeLessThan(30_000);
      expect(String(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('-PT15M');
      expect(vevent.getFirstPropertyValue('dtstamp')).not.toBeNull();
    });
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
  });

  it('keeps to RFC 5545: CRLF only, lines folded at 75 octets, a DTSTAMP and a UID in every event', async () => {
    const { text } = await feed(
      `${LONDON.replace('&name=London', '')}&visibleOnly=false&name=${encodeURIComponent('Observatoire de Paris, Meudon — terrasse nord, côté jardin')}`,
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the long name was folded
    const unfolded = text.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) {
      expect(event).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
      expect(event).toMatch(/\r\nUID:25544-rev\d+-51\.51_-0\.13@orbit-watch\r\n/);
    }
  });

  it('holds what /api/passes lists with the same parameters (visible passes by default)', async () => {
    const json = (await (
      await passesJson(request(`/api/passes?${LONDON.replace('&name=London', '')}&visibleOnly=true`))
    ).json()) as { passes: unknown[] };
    const { text } = await feed(LONDON);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(json.passes.length);
  });

  it("follows the filters: London's visible passes are all in the morning, and few are brighter than -3", async () => {
    expect((await feed(`${LONDON}&when=evening`)).text).not.toContain('BEGIN:VEVENT');
    const morning = (await feed(`${LONDON}&when=morning`)).text.match(/BEGIN:VEVENT/g)?.length ?? 0;
    const bright = (await feed(`${LONDON}&maxMagnitude=-3`)).text.match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(morning).toBeGreaterThan(0);
    expect(bright).toBeLessThan(morning);
  });

  it('a pass that is over is gone from the next refresh; the others keep their UIDs', async () => {
    const uids = (text: string) => [...text.matchAll(/UID:(\S+)/g)].map((m) => m[1]);
    const first = uids((await feed(LONDON)).text);
    const firstStart = /DTSTART:(\d{8}T\d{6}Z)/.exec((await feed(LONDON)).text)![1]!;
    const later = new Date(
      Date.parse(firstStart.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')) + 3_600_000,
    ).toISOString();
    const second = uids((await feed(`${LONDON.replace(`from=${ref.window_start}`, `from=${later}`)}&days=9`)).text);
    expect(second).not.toContain(first[0]);
    expect(second.length).toBeGreaterThan(0);
    for (const uid of second) if (first.includes(uid)) expect(first).toContain(uid);
    expect(second.filter((uid) => first.includes(uid)).length).toBe(first.length - 1);
  });

  it.each([
    ['lat=51.5&lon=-0.13&alarm=-5', 'alarm', /whole number of minutes/],
    ['lat=51.5&lon=-0.13&when=noon', 'when', /not any, evening or morning/],
    ['lat=51.5&lon=-0.13&maxMagnitude=bright', 'maxMagnitude', /not a magnitude/],
    ['lon=-0.13', 'lat', /required/],
  ])('%s is refused with a JSON 400 naming %s', async (qs, parameter, message) => {
    const res = await GET(request(`/api/passes.ics?${qs}`));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { parameter: string; message: string } };
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toMatch(message);
  });
});
