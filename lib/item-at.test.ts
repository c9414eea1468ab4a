import { describe, expect, it } from 'vitest';
import { itemAt } from './item-at';

describe('itemAt', () => {
  it('reads an index in range, and refuses one out of range instead of returning undefined', () => {
    const ring = [10, 20, 30];
    expect(itemAt(ring, 0)).toBe(10);
    expect(itemAt(ring, 2)).toBe(30);
    expect(() => itemAt(ring, 3)).toThrow(/index 3 out of range for 3 items/);
    expect(() => itemAt(ring, -1)).toThrow(RangeError);
    expect(() => itemAt([], 0)).toThrow(RangeError);
  });
});
