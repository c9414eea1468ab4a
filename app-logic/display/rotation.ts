import type { EpochMs } from '../../lib/units';
import type { PanelSlot } from './config';

export interface RotationState {
  /** Index into the slot list of the panel on screen. */
  index: number;
  slot: PanelSlot;
  /** When this panel came on and when the next one does. */
  sinceMs: EpochMs;
  untilMs: EpochMs;
}

/**
 * The panel on screen at an instant. The cycle is laid on the clock from the Unix epoch rather than from page load,
 * so the answer needs no state that could drift or pile up, screens in one room show the same panel, and after a
 * clock correction the rotation simply continues from the corrected time.
 */
export function rotationAt(slots: readonly PanelSlot[], atMs: EpochMs): RotationState | null {
  const cycleMs = slots.reduce((sum, slot) => sum + slot.seconds * 1000, 0);
  if (slots.length === 0 || !(cycleMs > 0)) return null;
  const cycleStart = Math.floor(atMs / cycleMs) * cycleMs;
  let start = cycleStart;
  for (let index = 0; index < slots.length; index += 1) {
    const slot = slots[index] as PanelSlot;
    const end = start + slot.seconds * 1000;
    if (atMs < end) return { index, slot, sinceMs: start, untilMs: end };
    start = end;
  }
  // Float rounding at the very end of a cycle: the first panel of the next one.
  const first = slots[0] as PanelSlot;
  return { index: 0, slot: first, sinceMs: cycleStart + cycleMs, untilMs: cycleStart + cycleMs + first.seconds * 1000 };
}
