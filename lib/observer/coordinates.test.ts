import { describe, expect, it } from 'vitest';
import { parseCoordinatePair, parseHeight, parseLatitude, parseLongitude } from './coordinates';

const value = (result: ReturnType<typeof parseLatitude>) => (result.ok ? result.value : result.message);

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

  it.each([
    ['', /Enter a latitude/],
    ['abc', /"abc" is not a number of degrees/],
    ['91', /between -90 and 90 degrees \(south is negative\)/],
    ['-90.5', /between -90 and 90/],
    ['51.5 E', /Latitude takes N or S, not E/],
    ['-33 S', /either a minus sign or S, not both/],
    ['51 75 00', /below 60/],
    ['51.5 30', /below 60 and only the last part/],
    ['1e2', /not a number of degrees/],
    ['51.5.2', /not a number of degrees/],
  ])('latitude %j is refused with a reason', (text, message) => {
    const result = parseLatitude(text);
    expect(result.ok).toBe(false);
    expect(value(result)).toMatch(message);
  });

  it('longitude has its own range and letters', () => {
    expect(value(parseLongitude('180.01'))).toMatch(/between -180 and 180 degrees \(west is negative\)/);
    expect(value(parseLongitude('10 N'))).toMatch(/Longitude takes E or W, not N/);
    expect(value(parseLongitude(' '))).toMatch(/Enter a longitude/);
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
    expect(parseHeight('tall')).toMatchObject({ ok: false, message: expect.stringMatching(/not a height in metres/) });
    expect(parseHeight('12000')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/between -500 and 9000 m/),
    });
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
