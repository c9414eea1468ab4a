import { describe, expect, it } from 'vitest';
import { compareIsoDates, formatIsoDate, parseIsoDate } from './dates';

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

describe('formatIsoDate', () => {
  it('writes the date at its own precision', () => {
    expect(formatIsoDate('1990')).toBe('1990');
    expect(formatIsoDate('2021-07')).toBe('July 2021');
    expect(formatIsoDate('2021-11-08')).toBe('8 November 2021');
    expect(formatIsoDate('2021-12-25')).toBe('25 December 2021');
    expect(formatIsoDate('2022-01-01')).toBe('1 January 2022');
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
