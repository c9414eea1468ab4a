import { describe, expect, it } from 'vitest';
import { coordinateProblemText } from '../../test-support/observer/problem-text';
import {
  parseCoordinatePair,
  parseHeight,
  parseLatitude,
  parseLongitude,
  type CoordinateProblem,
  type FieldResult,
} from './coordinates';

const value = (result: FieldResult<number>) => (result.ok ? result.value : result.problem);
/** The problem in English, as the display shows it. */
const text = (result: FieldResult<number>) => (result.ok ? result.value : coordinateProblemText(result.problem));

describe('parseLatitude / parseLongitude', () => {
  it.each([
    ['51.5074', 51.5074],
    ['  -33.8688 ', -33.8688],
    ['+51.5', 51.5],
    ['51,5074', 51.5074],
    ['51.5074 N', 51.5074],
    ['33.8688S', -33.8688],
    ['s 33.8688', -33.8688],
    ['51°30′27″N', 51 + 30 / 60 + 27 / 3600],
    ['51 30 27.5 n', 51 + 30 / 60 + 27.5 / 3600],
    ['90', 90],
    ['-90', -90],
    ['\u221277.85', -77.85],
  ])('latitude %j is %f', (text, expected) => {
    expect(value(parseLatitude(text))).toBeCloseTo(expected, 9);
  });

  it.each([
    ['-0.1278', -0.1278],
    ['0.1278° W', -0.1278],
    ['151.2093 E', 151.2093],
    ['180', 180],
    ['-180', -180],
  ])('longitude %j is %f', (text, expected) => {
    expect(value(parseLongitude(text))).toBeCloseTo(expected, 9);
  });

  it.each<[string, CoordinateProblem, string]>([
    ['', { code: 'empty', axis: 'latitude', example: '51.5074' }, 'Enter a latitude in decimal degrees, e.g. 51.5074'],
    [
      ' abc ',
      { code: 'notDegrees', axis: 'latitude', text: 'abc', example: '51.5074' },
      '"abc" is not a number of degrees: write decimal degrees such as 51.5074',
    ],
    ['91', { code: 'range', axis: 'latitude' }, 'Latitude must be between -90 and 90 degrees (south is negative)'],
    ['-90.5', { code: 'range', axis: 'latitude' }, 'Latitude must be between -90 and 90 degrees (south is negative)'],
    ['51.5 e', { code: 'letter', axis: 'latitude', letter: 'E' }, 'Latitude takes N or S, not E'],
    ['-33 S', { code: 'signAndLetter', axis: 'latitude', letter: 'S' }, 'Use either a minus sign or S, not both'],
    [
      '51 75 00',
      { code: 'minutesSeconds', axis: 'latitude' },
      'Minutes and seconds must be below 60 and only the last part may have decimals',
    ],
    [
      '51.5 30',
      { code: 'minutesSeconds', axis: 'latitude' },
      'Minutes and seconds must be below 60 and only the last part may have decimals',
    ],
    [
      '1e2',
      { code: 'notDegrees', axis: 'latitude', text: '1e2', example: '51.5074' },
      '"1e2" is not a number of degrees: write decimal degrees such as 51.5074',
    ],
    [
      '51.5.2',
      { code: 'notDegrees', axis: 'latitude', text: '51.5.2', example: '51.5074' },
      '"51.5.2" is not a number of degrees: write decimal degrees such as 51.5074',
    ],
  ])('latitude %j is refused with a reason', (input, problem, english) => {
    const result = parseLatitude(input);
    expect(result).toEqual({ ok: false, problem });
    expect(text(result)).toBe(english);
  });

  it('longitude has its own range, letters and example', () => {
    expect(value(parseLongitude('180.01'))).toEqual({ code: 'range', axis: 'longitude' });
    expect(text(parseLongitude('180.01'))).toBe('Longitude must be between -180 and 180 degrees (west is negative)');
    expect(value(parseLongitude('10 N'))).toEqual({ code: 'letter', axis: 'longitude', letter: 'N' });
    expect(text(parseLongitude('10 N'))).toBe('Longitude takes E or W, not N');
    expect(value(parseLongitude('-2 W'))).toEqual({ code: 'signAndLetter', axis: 'longitude', letter: 'W' });
    expect(value(parseLongitude(' '))).toEqual({ code: 'empty', axis: 'longitude', example: '-0.1278' });
    expect(text(parseLongitude(' '))).toBe('Enter a longitude in decimal degrees, e.g. -0.1278');
  });

  it('never returns -0', () => {
    expect(Object.is(value(parseLongitude('-0')), 0)).toBe(true);
  });
});

describe('parseHeight', () => {
  it('reads metres, empty as sea level', () => {
    expect(parseHeight('')).toEqual({ ok: true, value: 0 });
    expect(parseHeight('35')).toEqual({ ok: true, value: 35 });
    expect(parseHeight('-28 m')).toEqual({ ok: true, value: -28 });
    expect(parseHeight('4205.5')).toEqual({ ok: true, value: 4205.5 });
  });
  it('refuses what is not a height on Earth', () => {
    expect(parseHeight(' tall ')).toEqual({ ok: false, problem: { code: 'heightNotNumber', text: 'tall' } });
    expect(text(parseHeight('tall'))).toBe('"tall" is not a height in metres, e.g. 35');
    expect(parseHeight('12000')).toEqual({ ok: false, problem: { code: 'heightRange', min: -500, max: 9000 } });
    expect(text(parseHeight('12000'))).toBe('Height must be between -500 and 9000 m');
  });
});

describe('parseCoordinatePair', () => {
  it('reads a pasted "lat, lon"', () => {
    expect(parseCoordinatePair('51.5074, -0.1278')).toEqual({ latitudeDeg: 51.5074, longitudeDeg: -0.1278 });
    expect(parseCoordinatePair('33.87 S; 151.21 E')).toEqual({ latitudeDeg: -33.87, longitudeDeg: 151.21 });
  });
  it('is null for one number or a bad pair', () => {
    expect(parseCoordinatePair('51.5074')).toBeNull();
    expect(parseCoordinatePair('95, 10')).toBeNull();
    expect(parseCoordinatePair('51,5074')).toBeNull();
  });
});
