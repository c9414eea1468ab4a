import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, MAX_RETRY_AFTER_MS, retryDelayMs } from './backoff';

const HOUR = 3_600_000;

describe('retryDelayMs', () => {
  it('doubles from five minutes per failure in a row, up to the refresh interval', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, 2 * HOUR, null) / 60_000)).toEqual([5, 10, 20, 40, 80, 120]);
    expect(retryDelayMs(30, 2 * HOUR, null)).toBe(2 * HOUR);
  });

  it('never waits less than the base, even with a shorter refresh interval', () => {
    expect(retryDelayMs(3, 60_000, null)).toBe(BACKOFF_BASE_MS);
  });

  it('waits as long as Retry-After asks when that is longer, but at most a day', () => {
    expect(retryDelayMs(1, 2 * HOUR, 60_000)).toBe(BACKOFF_BASE_MS);
    expect(retryDelayMs(1, 2 * HOUR, 3 * HOUR)).toBe(3 * HOUR);
    expect(retryDelayMs(1, 2 * HOUR, 90 * 24 * HOUR)).toBe(MAX_RETRY_AFTER_MS);
  });
});
