import { describe, expect, it } from 'vitest';
import { tleFreshness } from './freshness';

describe('TLE freshness', () => {
  it('turns amber after 3 days and red after 7', () => {
    expect(tleFreshness(0)).toBe('fresh');
    expect(tleFreshness(3)).toBe('fresh');
    expect(tleFreshness(3.01)).toBe('aging');
    expect(tleFreshness(7)).toBe('aging');
    expect(tleFreshness(7.01)).toBe('stale');
    expect(tleFreshness(-2)).toBe('future');
  });
});
