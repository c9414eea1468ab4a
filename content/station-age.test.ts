import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../lib/units';
import { stationAge, stationAgeDuration, ZARYA_LAUNCH_ISO, ZARYA_LAUNCH_MS } from './station-age';

const at = (iso: string) => Date.parse(iso);

// Gregorian rule, written out independently of the code under test.
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
// The year running from 20 Nov of `y` to 20 Nov of `y + 1` contains 29 February of `y + 1` or none.
const anniversaryYearDays = (y: number) => (isLeap(y + 1) ? 366 : 365);

describe('stationAge', () => {
  it('anchors on Zarya’s launch instant', () => {
    expect(ZARYA_LAUNCH_MS).toBe(at(ZARYA_LAUNCH_ISO));
    expect(new Date(ZARYA_LAUNCH_MS).toISOString()).toBe('1998-11-20T06:40:00.000Z');
    expect(stationAge(ZARYA_LAUNCH_MS)).toEqual({ years: 0, days: 0, totalDays: 0 });
  });

  it('clamps a time before launch to zero instead of going negative', () => {
    expect(stationAge(ZARYA_LAUNCH_MS - 1)).toEqual({ years: 0, days: 0, totalDays: 0 });
    expect(stationAge(at('1970-01-01T00:00:00Z'))).toEqual({ years: 0, days: 0, totalDays: 0 });
  });

  it('rejects a non-finite time', () => {
    expect(() => stationAge(Number.NaN)).toThrow(RangeError);
    expect(() => stationAge(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('turns a year exactly on the anniversary instant, not at midnight', () => {
    expect(stationAge(at('1999-11-20T06:39:59.999Z'))).toEqual({ years: 0, days: 364, totalDays: 364 });
    expect(stationAge(at('1999-11-20T06:40:00Z'))).toEqual({ years: 1, days: 0, totalDays: 365 });
    // Same calendar day, before 06:40 UTC: the 27th anniversary has not come yet.
    expect(stationAge(at('2025-11-20T06:00:00Z'))).toEqual({ years: 26, days: 364, totalDays: 9861 });
    expect(stationAge(at('2025-11-20T06:40:00Z'))).toEqual({ years: 27, days: 0, totalDays: 9862 });
  });

  it('gives 366-day years when a 29 February falls between anniversaries', () => {
    // 29 Feb 2000 (a leap year despite being a century) lies between the 1st and 2nd anniversaries.
    expect(stationAge(at('2000-11-20T06:39:59.999Z'))).toEqual({ years: 1, days: 365, totalDays: 730 });
    expect(stationAge(at('2000-11-20T06:40:00Z'))).toEqual({ years: 2, days: 0, totalDays: 731 });
    // 29 Feb 2024 lies between the 25th and 26th; there is none between the 24th and 25th.
    expect(stationAge(at('2024-11-20T06:39:59.999Z'))).toEqual({ years: 25, days: 365, totalDays: 9496 });
    expect(stationAge(at('2023-11-20T06:39:59.999Z'))).toEqual({ years: 24, days: 364, totalDays: 9130 });
  });

  it('counts the day after 28 February correctly in a leap year and a common year', () => {
    // 20 Nov -> 1 Mar is 30 + 31 + 31 + 10 = 102 days across a leap February, 101 across a common one.
    expect(stationAge(at('2000-03-01T06:40:00Z'))).toEqual({ years: 1, days: 102, totalDays: 467 });
    expect(stationAge(at('2001-03-01T06:40:00Z'))).toEqual({ years: 2, days: 101, totalDays: 832 });
  });

  it('agrees with an independent count of year lengths at every day from 1998 to 2040', () => {
    for (let t = ZARYA_LAUNCH_MS + 3_600_000; t < at('2040-01-01T00:00:00Z'); t += MS_PER_DAY + 3_600_000) {
      const age = stationAge(t);
      let fullYearDays = 0;
      for (let y = 1998; y < 1998 + age.years; y += 1) fullYearDays += anniversaryYearDays(y);
      expect(age.totalDays).toBe(fullYearDays + age.days);
      expect(age.days).toBeGreaterThanOrEqual(0);
      expect(age.days).toBeLessThan(anniversaryYearDays(1998 + age.years));
      expect(age.totalDays).toBe(Math.floor((t - ZARYA_LAUNCH_MS) / MS_PER_DAY));
    }
  });
});

// The age in words is a message in each language: components/panels/context-panels.test.tsx checks it.

describe('stationAgeDuration', () => {
  it('is an HTML duration in whole days', () => {
    const age = stationAge(at('2025-11-24T06:40:00Z'));
    expect(stationAgeDuration(age)).toBe('P9866D');
    expect(stationAgeDuration(age)).toMatch(/^P\d+D$/);
  });
});
