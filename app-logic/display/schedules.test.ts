import { describe, expect, it } from 'vitest';
import { BURN_IN_AMPLITUDE_PX, BURN_IN_PERIOD_MS, BURN_IN_STEPS, burnInOffset, nextBurnInChangeMs } from './burn-in';
import type { PanelSlot } from './config';
import { rotationAt } from './rotation';

const T0 = Date.parse('2026-10-10T18:00:00Z');

describe('burn-in offset', () => {
  const steps = Array.from({ length: BURN_IN_STEPS }, (_, i) => burnInOffset(i * BURN_IN_PERIOD_MS));

  it('stays within the amplitude and moves at most one cell per period', () => {
    const cell = BURN_IN_AMPLITUDE_PX / 2;
    for (let i = 0; i < steps.length; i += 1) {
      const a = steps[i]!;
      const b = steps[(i + 1) % steps.length]!;
      expect(Math.abs(a.xPx)).toBeLessThanOrEqual(BURN_IN_AMPLITUDE_PX);
      expect(Math.abs(a.yPx)).toBeLessThanOrEqual(BURN_IN_AMPLITUDE_PX);
      const move = Math.abs(a.xPx - b.xPx) + Math.abs(a.yPx - b.yPx);
      expect(move).toBe(cell); // a move every period, never a jump (the wrap-around included)
    }
  });

  it('visits every offset of the 5 x 5 grid in one cycle, none more than twice', () => {
    const counts = new Map<string, number>();
    for (const s of steps) counts.set(`${s.xPx},${s.yPx}`, (counts.get(`${s.xPx},${s.yPx}`) ?? 0) + 1);
    expect(counts.size).toBe(25);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });

  it('holds still within a period and repeats with the cycle', () => {
    const start = Math.floor(T0 / BURN_IN_PERIOD_MS) * BURN_IN_PERIOD_MS;
    expect(burnInOffset(start)).toEqual(burnInOffset(start + BURN_IN_PERIOD_MS - 1));
    expect(burnInOffset(start)).not.toEqual(burnInOffset(start + BURN_IN_PERIOD_MS));
    expect(burnInOffset(T0)).toEqual(burnInOffset(T0 + BURN_IN_STEPS * BURN_IN_PERIOD_MS));
    expect(nextBurnInChangeMs(start)).toBe(start + BURN_IN_PERIOD_MS);
    expect(nextBurnInChangeMs(start + 1234)).toBe(start + BURN_IN_PERIOD_MS);
  });

  it('is defined for a clock set before 1970 (a corrected machine clock may be anywhere)', () => {
    const before = burnInOffset(-1);
    expect(Math.abs(before.xPx)).toBeLessThanOrEqual(BURN_IN_AMPLITUDE_PX);
    expect(burnInOffset(-1)).toEqual(burnInOffset(-1 + BURN_IN_STEPS * BURN_IN_PERIOD_MS));
  });

  it('takes a custom period and amplitude', () => {
    const offsets = Array.from({ length: 48 }, (_, i) => burnInOffset(i * 1000, 1000, 8));
    expect(Math.max(...offsets.map((o) => Math.abs(o.xPx)))).toBe(8);
  });
});

describe('panel rotation', () => {
  const slots: PanelSlot[] = [
    { id: 'station', seconds: 20 },
    { id: 'year-2021', seconds: 10 },
    { id: 'fleet', seconds: 30 },
  ];
  const cycleStart = Math.floor(T0 / 60_000) * 60_000; // the cycle is 60 s long and laid from the epoch

  it('shows each panel for its own time, in order, and wraps', () => {
    const at = (s: number) => rotationAt(slots, cycleStart + s * 1000)?.slot.id;
    expect([at(0), at(19.999), at(20), at(29.999), at(30), at(59.999), at(60)]).toEqual([
      'station',
      'station',
      'year-2021',
      'year-2021',
      'fleet',
      'fleet',
      'station',
    ]);
  });

  it('says when the current panel started and when the next comes', () => {
    expect(rotationAt(slots, cycleStart + 25_000)).toEqual({
      index: 1,
      slot: slots[1],
      sinceMs: cycleStart + 20_000,
      untilMs: cycleStart + 30_000,
    });
  });

  it('over a day each panel is on screen for its share of the time', () => {
    const onScreen = new Map<string, number>();
    for (let t = T0; t < T0 + 86_400_000; t += 1000) {
      const id = rotationAt(slots, t)?.slot.id ?? 'none';
      onScreen.set(id, (onScreen.get(id) ?? 0) + 1);
    }
    expect(onScreen.get('station')).toBeCloseTo(86_400 / 3, -1);
    expect(onScreen.get('year-2021')).toBeCloseTo(86_400 / 6, -1);
    expect(onScreen.get('fleet')).toBeCloseTo(86_400 / 2, -1);
  });

  it('no panels: nothing to show; one panel: always that one', () => {
    expect(rotationAt([], T0)).toBeNull();
    expect(rotationAt([{ id: 'fleet', seconds: 20 }], T0)?.slot.id).toBe('fleet');
    expect(rotationAt([{ id: 'fleet', seconds: 20 }], T0 + 12_345_678)?.slot.id).toBe('fleet');
  });

  it('a clock set back lands on the panel of the corrected time', () => {
    expect(rotationAt(slots, cycleStart + 25_000 - 3_600_000)?.slot.id).toBe('year-2021');
    expect(rotationAt(slots, -35_000)?.slot.id).toBe('year-2021');
  });
});
