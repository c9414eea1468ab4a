import { describe, expect, it } from 'vitest';
import { EN } from '../../test-support/i18n/speech';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it('uses the two largest units a person needs', () => {
    expect(formatDuration(2 * 3600 + 14 * 60 + 20, EN)).toBe('2 h 14 min');
    expect(formatDuration(640.1, EN)).toBe('10 min 40 s');
    expect(formatDuration(45, EN)).toBe('45 s');
    expect(formatDuration(3600, EN)).toBe('1 h');
    expect(formatDuration(300, EN)).toBe('5 min');
  });

  it('rounds to the second and never goes negative', () => {
    expect(formatDuration(59.6, EN)).toBe('1 min');
    expect(formatDuration(0.4, EN)).toBe('0 s');
    expect(formatDuration(-12, EN)).toBe('0 s');
  });
});
