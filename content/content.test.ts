import { describe, expect, it } from 'vitest';
import { compareIsoDates, parseIsoDate } from './dates';
import { FLEET } from './fleet';
import { ARTICLE_CREDIT } from './source';
import { FIRST_MODULE, STATION_SECTIONS } from './station';
import { ZARYA_LAUNCH_ISO } from './station-age';
import type { ContextEntry } from './types';
import { YEAR_2021_OUTCOME, YEAR_2021_TIMELINE } from './year-2021';

/** When the source article was written; anything launched later needs a note from today's view. */
const ARTICLE_WRITTEN = '2021-11';

// The texts themselves (titles, bodies, names) are messages: story-messages.test.ts checks them in every language.
function expectWellFormedEntries(entries: readonly ContextEntry[]) {
  expect(entries.length).toBeGreaterThan(0);
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  for (const entry of entries) {
    expect(entry.id, entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(Array.isArray(entry.tags), entry.id).toBe(true);
    if (entry.date !== undefined) expect(() => parseIsoDate(entry.date!), entry.id).not.toThrow();
    for (const [name, value] of Object.entries(entry.figures ?? {})) expect(Number.isFinite(value), name).toBe(true);
  }
}

describe('station content', () => {
  it('has well-formed sections', () => {
    expectWellFormedEntries(STATION_SECTIONS);
  });

  it('dates the first module to Zarya’s launch', () => {
    expect(FIRST_MODULE.id).toBe('zarya');
    expect(FIRST_MODULE.launchedAt).toBe(ZARYA_LAUNCH_ISO);
    expect(FIRST_MODULE.launchedAt.startsWith(FIRST_MODULE.launchDate)).toBe(true);
    expect(STATION_SECTIONS.find((s) => s.id === 'first-module')?.date).toBe(FIRST_MODULE.launchDate);
  });
});

describe('2021 timeline', () => {
  it('has well-formed entries and outcome', () => {
    expectWellFormedEntries(YEAR_2021_TIMELINE);
    expectWellFormedEntries([YEAR_2021_OUTCOME]);
  });

  it('stays inside 2021 and is in date order', () => {
    for (const entry of YEAR_2021_TIMELINE) expect(parseIsoDate(entry.date).year, entry.id).toBe(2021);
    const dates = YEAR_2021_TIMELINE.map((e) => e.date);
    expect(dates).toEqual([...dates].sort(compareIsoDates));
  });

  it('covers each event the article reports, in its month', () => {
    const months = YEAR_2021_TIMELINE.map((e) => e.date.slice(0, 7));
    expect(months).toContain('2021-07');
    expect(months).toContain('2021-08');
    expect(months.filter((m) => m === '2021-11').length).toBeGreaterThanOrEqual(3);
  });

  it('dates the departure photo to the day the credit gives', () => {
    const photo = YEAR_2021_TIMELINE.find((e) => e.date === ARTICLE_CREDIT.photo.taken);
    expect(photo?.id).toBe('farewell-photo');
    expect(photo?.tags).toContain('pesquet');
  });
});

describe('fleet', () => {
  it('is exactly the five tools the article names, in its order', () => {
    expect(FLEET.map((m) => m.id)).toEqual(['hubble', 'perseverance', 'curiosity', 'juno', 'webb']);
    expect(new Set(FLEET.map((m) => m.id)).size).toBe(FLEET.length);
  });

  it('gives each the kind the article implies', () => {
    expect(Object.fromEntries(FLEET.map((m) => [m.id, m.kind]))).toEqual({
      hubble: 'telescope',
      perseverance: 'rover',
      curiosity: 'rover',
      juno: 'probe',
      webb: 'telescope',
    });
  });

  it('has valid, ordered dates with milestones after launch', () => {
    for (const member of FLEET) {
      expect(() => parseIsoDate(member.launched), member.id).not.toThrow();
      expect(member.operators.length, member.id).toBeGreaterThan(0);
      let previous = member.launched;
      for (const milestone of member.milestones) {
        expect(() => parseIsoDate(milestone.date), member.id).not.toThrow();
        expect(compareIsoDates(milestone.date, previous), `${member.id}: ${milestone.id}`).toBeGreaterThan(0);
        previous = milestone.date;
      }
    }
  });

  it('explains from today’s view exactly the members that launched after the article was written', () => {
    for (const member of FLEET) {
      const launchedLater = compareIsoDates(member.launched, ARTICLE_WRITTEN) > 0;
      expect(member.sinceTheArticle !== undefined, member.id).toBe(launchedLater);
    }
    const webb = FLEET.find((m) => m.id === 'webb');
    expect(webb?.launched).toBe('2021-12-25');
    // The note's dates are the article's month, the month it expected and the launch that came.
    expect(webb?.sinceTheArticle?.dates).toEqual({
      written: ARTICLE_WRITTEN,
      expected: '2021-12',
      launched: '2021-12-25',
    });
  });

  it('states Webb’s distance from Earth as a number, for each language to format', () => {
    expect(FLEET.find((m) => m.id === 'webb')?.figures).toEqual({ distanceKm: 1_500_000 });
  });
});

describe('source credit', () => {
  it('names the photographer, ESA and the photo date', () => {
    expect(ARTICLE_CREDIT.photo.photographer).toBe('Thomas Pesquet');
    expect(ARTICLE_CREDIT.photo.agency).toBe('ESA');
    expect(ARTICLE_CREDIT.written).toBe(ARTICLE_WRITTEN);
    expect(ARTICLE_CREDIT.photo.taken).toBe('2021-11-08');
  });
});
