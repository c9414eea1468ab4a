import { describe, expect, it } from 'vitest';
import { compareIsoDates, formatIsoDate, isoDateToUtc, parseIsoDate } from './dates';

describe('parseIsoDate', () => {
  it('reads each precision', () => {
    expect(parseIsoDate('1998')).toEqual({ year: 1998, precision: 'year' });
    expect(parseIsoDate('2021-07')).toEqual({ year: 2021, month: 7, precision: 'month' });
    expect(parseIsoDate('2021-11-08')).toEqual({ year: 2021, month: 11, day: 8, precision: 'day' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDate('2024-02-29').day).toBe(29);
    expect(parseIsoDate('2000-02-29').day).toBe(29);
    expect(() => parseIsoDate('2021-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('1900-02-29')).toThrow(RangeError);
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '',
      '21-07',
      '2021-7',
      '2021-13',
      '2021-00',
      '2021-04-31',
      '2021-11-00',
      '2021-11-08T00:00Z',
      'July 2021',
    ]) {
      expect(() => parseIsoDate(bad), bad).toThrow(RangeError);
    }
  });
});

describe('isoDateToUtc', () => {
  it('gives the first instant of the year, month or day, in UTC', () => {
    expect(isoDateToUtc('1998').toISOString()).toBe('1998-01-01T00:00:00.000Z');
    expect(isoDateToUtc('2021-07').toISOString()).toBe('2021-07-01T00:00:00.000Z');
    expect(isoDateToUtc('2021-11-08').toISOString()).toBe('2021-11-08T00:00:00.000Z');
    expect(() => isoDateToUtc('2021-02-29')).toThrow(RangeError);
  });
});

describe('formatIsoDate', () => {
  it('writes the date at its own precision, in each language’s words and order', () => {
    expect(formatIsoDate('1990', 'en')).toBe('1990');
    expect(formatIsoDate('2021-07', 'en')).toBe('July 2021');
    expect(formatIsoDate('2021-11-08', 'en')).toBe('November 8, 2021');
    expect(formatIsoDate('2021-07', 'fr')).toBe('juillet 2021');
    expect(formatIsoDate('2021-11-08', 'fr')).toBe('8 novembre 2021');
    expect(formatIsoDate('2021-07', 'de')).toBe('Juli 2021');
    expect(formatIsoDate('2021-11-08', 'de')).toBe('8. November 2021');
    expect(formatIsoDate('2021-07', 'es')).toBe('julio de 2021');
    expect(formatIsoDate('2021-11-08', 'es')).toBe('8 de noviembre de 2021');
    expect(formatIsoDate('2021-07', 'ja')).toBe('2021年7月');
    expect(formatIsoDate('2021-11-08', 'ja')).toBe('2021年11月8日');
  });
});

describe('compareIsoDates', () => {
  it('orders chronologically, a month before the days inside it', () => {
    const shuffled = ['2021-11-08', '2021-07', '2022', '2021-11', '2020-12-31', '2021-08'];
    expect([...shuffled].sort(compareIsoDates)).toEqual([
      '2020-12-31',
      '2021-07',
      '2021-08',
      '2021-11',
      '2021-11-08',
      '2022',
    ]);
    expect(compareIsoDates('2021-11', '2021-11')).toBe(0);
  });
});
