import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it('uses the two largest units a person needs', () => {
    expect(formatDuration(2 * 3600 + 14 * 60 + 20)).toBe('2 h 14 min');
    expect(formatDuration(640.1)).toBe('10 min 40 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(300)).toBe('5 min');
  });

  it('rounds to the second and never goes negative', () => {
    expect(formatDuration(59.6)).toBe('1 min');
    expect(formatDuration(0.4)).toBe('0 s');
    expect(formatDuration(-12)).toBe('0 s');
  });
});
