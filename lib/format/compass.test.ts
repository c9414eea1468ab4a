import { describe, expect, it } from 'vitest';
import { compassPoint } from './compass';

describe('compassPoint', () => {
  it('names the 16 points at their centres', () => {
    const names = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];
    names.forEach((name, i) => expect(compassPoint(i * 22.5)).toBe(name));
  });

  it('splits sectors half way between points and wraps around north', () => {
    expect(compassPoint(11.2)).toBe('N');
    expect(compassPoint(11.3)).toBe('NNE');
    expect(compassPoint(348.8)).toBe('N');
    expect(compassPoint(348.7)).toBe('NNW');
    expect(compassPoint(359.99)).toBe('N');
    expect(compassPoint(-90)).toBe('W');
    expect(compassPoint(450)).toBe('E');
    expect(compassPoint(247.5)).toBe('WSW');
  });
});
