import { describe, expect, it } from 'vitest';
import { dayLength, flatness, type CountSample } from './flat';

const HOURS = 72;
/** Hourly samples 0..72 h from a function of the hour. */
const run = (total: (h: number) => number, tiles: (h: number) => number = () => 0): CountSample[] =>
  Array.from({ length: HOURS + 1 }, (_, h) => ({ simulatedHours: h, total: total(h) + tiles(h), tiles: tiles(h) }));

// The pattern seen on /display: tiles 20 at load, 31 or 32 after; the rest 469 or 474 with a panel's state.
const tilesOf = (h: number) => (h === 0 ? 20 : h % 5 < 2 ? 32 : 31);
const restOf = (h: number) => ([1, 2, 3, 7, 10, 12].includes(h % 13) ? 474 : 469);

describe('flat counts over a long run', () => {
  it('the first and last day are 24 h of a 72 h run, a third of a shorter one', () => {
    expect(dayLength(72)).toBe(24);
    expect(dayLength(12)).toBe(4);
  });

  it('a count that only moves between two states is flat, whichever state the last samples catch', () => {
    for (let shift = 0; shift < 13; shift += 1) {
      expect(
        flatness(
          run((h) => restOf(h + shift), tilesOf),
          HOURS,
        ).flat,
      ).toBe(true);
    }
  });

  it('tiles filling in after the first view and moving by one with the grid are not growth', () => {
    const f = flatness(
      run(() => 469, tilesOf),
      HOURS,
    );
    expect(f).toEqual({ firstDayFloor: 469, lastDayFloor: 469, earlierTilesMax: 32, lastDayTilesMax: 32, flat: true });
  });

  it('a leak of one node every 12 hours fails, even hidden in the same two states', () => {
    const f = flatness(
      run((h) => restOf(h) + Math.floor(h / 12), tilesOf),
      HOURS,
    );
    expect(f.lastDayFloor).toBeGreaterThan(f.firstDayFloor);
    expect(f.flat).toBe(false);
  });

  it('a single node kept from the second day on fails', () => {
    expect(
      flatness(
        run((h) => 469 + (h >= 30 ? 1 : 0), tilesOf),
        HOURS,
      ).flat,
    ).toBe(false);
  });

  it('tiles that are never pruned fail even when everything else is flat', () => {
    const f = flatness(
      run(
        () => 469,
        (h) => 20 + Math.floor(h / 6),
      ),
      HOURS,
    );
    expect(f.lastDayFloor).toBe(469);
    expect(f.lastDayTilesMax).toBeGreaterThan(f.earlierTilesMax);
    expect(f.flat).toBe(false);
  });

  it('a count that falls is flat', () => {
    expect(
      flatness(
        run((h) => 500 - Math.floor(h / 10), tilesOf),
        HOURS,
      ).flat,
    ).toBe(true);
  });

  it('a tile count seen before the last day is within bounds, a higher one is not', () => {
    const tiles = (h: number) => (h === 0 ? 20 : h === 30 ? 33 : h % 2 ? 31 : 32);
    expect(
      flatness(
        run(() => 469, tiles),
        HOURS,
      ).flat,
    ).toBe(true);
    expect(
      flatness(
        run(
          () => 469,
          (h) => (h === 70 ? 34 : tiles(h)),
        ),
        HOURS,
      ).flat,
    ).toBe(false);
  });

  it('refuses a run without samples in its first or last day', () => {
    expect(() => flatness([{ simulatedHours: 40, total: 1, tiles: 0 }], HOURS)).toThrow(RangeError);
    expect(() => flatness([{ simulatedHours: 0, total: 1, tiles: 0 }], HOURS)).toThrow(RangeError);
  });
});
