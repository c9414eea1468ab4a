import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as content from './index';
import { compareIsoDates, parseIsoDate } from './dates';
import { FLEET, FLEET_LEAD } from './fleet';
import { ARTICLE_CREDIT } from './source';
import { FIRST_MODULE, STATION_LEAD, STATION_SECTIONS } from './station';
import { ZARYA_LAUNCH_ISO } from './station-age';
import type { ContextEntry } from './types';
import { collectStrings, wordRuns } from './word-runs';
import { YEAR_2021_LEAD, YEAR_2021_OUTCOME, YEAR_2021_TIMELINE } from './year-2021';
import { hashRun, RUN_LENGTH } from '../test-support/content/shingle-hash';

/** When the source article was written; anything launched later needs a note from today's view. */
const ARTICLE_WRITTEN = '2021-11';

function expectWellFormedEntries(entries: readonly ContextEntry[]) {
  expect(entries.length).toBeGreaterThan(0);
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  for (const entry of entries) {
    expect(entry.id, entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entry.title.trim(), entry.id).not.toBe('');
    expect(entry.body.length, entry.id).toBeGreaterThan(0);
    for (const paragraph of entry.body) expect(paragraph.trim().length, entry.id).toBeGreaterThan(20);
    expect(Array.isArray(entry.tags), entry.id).toBe(true);
    if (entry.date !== undefined) expect(() => parseIsoDate(entry.date!), entry.id).not.toThrow();
  }
}

describe('station content', () => {
  it('has well-formed sections', () => {
    expectWellFormedEntries(STATION_SECTIONS);
  });

  it('dates the first module to Zarya’s launch', () => {
    expect(FIRST_MODULE.name).toBe('Zarya');
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
    expect(photo).toBeDefined();
    expect(photo?.body.join(' ')).toContain('Pesquet');
  });
});

describe('fleet', () => {
  it('is exactly the five tools the article names, in its order', () => {
    expect(FLEET.map((m) => m.name)).toEqual([
      'Hubble Space Telescope',
      'Perseverance',
      'Curiosity',
      'Juno',
      'James Webb Space Telescope',
    ]);
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
      expect(member.summary.trim().length, member.id).toBeGreaterThan(20);
      expect(member.operators.length, member.id).toBeGreaterThan(0);
      let previous = member.launched;
      for (const milestone of member.milestones) {
        expect(() => parseIsoDate(milestone.date), member.id).not.toThrow();
        expect(compareIsoDates(milestone.date, previous), `${member.id}: ${milestone.label}`).toBeGreaterThan(0);
        previous = milestone.date;
      }
    }
  });

  it('explains from today’s view exactly the members that launched after the article was written', () => {
    for (const member of FLEET) {
      const launchedLater = compareIsoDates(member.launched, ARTICLE_WRITTEN) > 0;
      expect(member.sinceTheArticle !== undefined, member.id).toBe(launchedLater);
    }
    expect(FLEET.find((m) => m.id === 'webb')?.launched).toBe('2021-12-25');
  });
});

describe('source credit', () => {
  it('names the photographer, ESA and the photo date', () => {
    expect(ARTICLE_CREDIT.short).toContain('Thomas Pesquet');
    expect(ARTICLE_CREDIT.short).toContain('ESA');
    expect(ARTICLE_CREDIT.written).toBe(ARTICLE_WRITTEN);
    expect(() => parseIsoDate(ARTICLE_CREDIT.photo.taken)).not.toThrow();
    expect(ARTICLE_CREDIT.details.join(' ')).toContain('8 November 2021');
  });
});

describe('wording', () => {
  const prose = [
    STATION_LEAD,
    YEAR_2021_LEAD,
    FLEET_LEAD,
    ...[...STATION_SECTIONS, ...YEAR_2021_TIMELINE, YEAR_2021_OUTCOME].flatMap((e) => e.body),
    ...FLEET.flatMap((m) => [m.summary, m.sinceTheArticle ?? '']).filter((s) => s !== ''),
    ...ARTICLE_CREDIT.details,
    ARTICLE_CREDIT.short,
  ];

  it('copies no run of five words from the source article', () => {
    const fixture = JSON.parse(
      readFileSync(fileURLToPath(new URL('../test-support/content/article-shingles.json', import.meta.url)), 'utf8'),
    ) as { runLength: number; hashes: string[] };
    expect(fixture.runLength).toBe(RUN_LENGTH);
    expect(fixture.hashes.length).toBeGreaterThan(100);
    const articleRuns = new Set(fixture.hashes);

    const everyString = collectStrings(Object.values(content));
    const copied = everyString.flatMap((s) => wordRuns(s, RUN_LENGTH)).filter((run) => articleRuns.has(hashRun(run)));
    expect(copied).toEqual([]);
  });

  it('writes prose as full sentences with typographic apostrophes', () => {
    expect(prose.length).toBeGreaterThan(15);
    for (const text of prose) {
      expect(text, text).toMatch(/[.!?]$/);
      expect(text, text).not.toMatch(/ {2}|'/);
    }
  });
});
