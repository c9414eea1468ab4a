import { describe, expect, it } from 'vitest';
import { anchoredClock, liveClock, parseSpeedParam, parseTimeParam, simTimeMs } from './sim-clock';

describe('sim clock', () => {
  it('follows the machine clock in live mode, including a correction', () => {
    const clock = liveClock(1_000_000);
    expect(simTimeMs(clock, 1_005_000)).toBe(1_005_000);
    expect(simTimeMs(clock, 900_000)).toBe(900_000);
  });

  it('runs from the anchored moment at the chosen speed', () => {
    const start = Date.parse('2026-10-10T08:18:34Z');
    const clock = anchoredClock(start, 50_000, 60);
    expect(simTimeMs(clock, 50_000)).toBe(start);
    expect(simTimeMs(clock, 51_000)).toBe(start + 60_000);
  });

  it('stands still at speed 0', () => {
    const clock = anchoredClock(123_000, 50_000, 0);
    expect(simTimeMs(clock, 99_000)).toBe(123_000);
  });
});

describe('URL time parameters', () => {
  it('accepts ISO times and Unix seconds', () => {
    expect(parseTimeParam('2026-10-10T08:18:34.239Z')).toBe(Date.parse('2026-10-10T08:18:34.239Z'));
    expect(parseTimeParam('1791574969')).toBe(1_791_574_969_000);
  });

  it('rejects what is not a usable time', () => {
    for (const bad of ['', '  ', 'yesterday', '2026-13-45T00:00:00Z', '1e400', '1800-01-01T00:00:00Z']) {
      expect(parseTimeParam(bad)).toBeNull();
    }
    expect(parseTimeParam(null)).toBeNull();
  });

  it('accepts speeds in [0, 3600] only', () => {
    expect(parseSpeedParam('10')).toBe(10);
    expect(parseSpeedParam('0')).toBe(0);
    expect(parseSpeedParam('-2')).toBeNull();
    expect(parseSpeedParam('100000')).toBeNull();
    expect(parseSpeedParam('fast')).toBeNull();
  });
});
