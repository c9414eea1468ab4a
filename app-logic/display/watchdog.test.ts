import { describe, expect, it } from 'vitest';
import {
  WATCHDOG_CHECK_MS,
  WATCHDOG_SILENT_CHECKS,
  WATCHDOG_START,
  afterCheck,
  afterTick,
  type WatchdogState,
} from './watchdog';

/** Runs the checks of `seconds` of real time, with a tick every second while `ticking(second)` says so. */
function run(seconds: number, ticking: (second: number) => boolean): number | null {
  let state: WatchdogState = WATCHDOG_START;
  for (let s = 1; s <= seconds; s += 1) {
    if (ticking(s)) state = afterTick(state);
    if ((s * 1000) % WATCHDOG_CHECK_MS === 0) {
      const next = afterCheck(state);
      state = next.state;
      if (next.reload) return s;
    }
  }
  return null;
}

describe('display watchdog', () => {
  it('never fires while the tick runs, for a day', () => {
    expect(run(86_400, () => true)).toBeNull();
  });

  it('fires a minute after the tick stops (within one check)', () => {
    const firedAt = run(3_600, (s) => s <= 1_000);
    expect(firedAt).not.toBeNull();
    expect((firedAt ?? 0) - 1_000).toBeGreaterThanOrEqual(60);
    expect((firedAt ?? 0) - 1_000).toBeLessThanOrEqual(60 + WATCHDOG_CHECK_MS / 1000);
    expect(WATCHDOG_SILENT_CHECKS * WATCHDOG_CHECK_MS).toBe(60_000);
  });

  it('forgives a tick that was late once (a busy second), not one that stays away', () => {
    expect(run(600, (s) => s % 45 !== 0 && !(s > 100 && s < 140))).toBeNull();
  });
});
