import { describe, expect, it } from 'vitest';
import {
  IN_PLACE_RETRIES,
  NO_RELOADS,
  RELOAD_DELAYS_MS,
  RELOAD_RUN_RESET_MS,
  RETRY_IN_PLACE_MS,
  nextRecoveryStep,
  parseReloadMemory,
  rememberReload,
  type ReloadMemory,
} from './recovery';

const T0 = Date.UTC(2026, 11, 6, 7, 0, 0);

describe('display recovery steps', () => {
  it('first renders again in place after a few seconds, twice', () => {
    expect(nextRecoveryStep(0, NO_RELOADS, T0)).toEqual({ kind: 'retry', delayMs: 5_000, attempt: 1 });
    expect(nextRecoveryStep(1, NO_RELOADS, T0)).toEqual({ kind: 'retry', delayMs: RETRY_IN_PLACE_MS, attempt: 2 });
    expect(IN_PLACE_RETRIES).toBe(2);
  });

  it('then reloads, waiting longer after each reload of a run, up to 15 minutes', () => {
    let memory: ReloadMemory = NO_RELOADS;
    let now = T0;
    const delays: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const step = nextRecoveryStep(IN_PLACE_RETRIES, memory, now);
      expect(step.kind).toBe('reload');
      expect(step.attempt).toBe(i + 1);
      delays.push(step.delayMs / 1000);
      now += step.delayMs;
      memory = rememberReload(memory, now);
    }
    expect(delays).toEqual([10, 30, 60, 120, 300, 600, 900, 900, 900]);
    // Strictly growing until the cap, never a loop faster than the first pause.
    expect(Math.min(...delays)).toBe(RELOAD_DELAYS_MS[0] / 1000);
  });

  it('starts a new run once the page has worked for half an hour, or the clock went back', () => {
    const memory = rememberReload(rememberReload(rememberReload(NO_RELOADS, T0), T0 + 1), T0 + 2);
    expect(nextRecoveryStep(IN_PLACE_RETRIES, memory, T0 + 60_000).delayMs).toBe(120_000); // the fourth reload of the run
    expect(nextRecoveryStep(IN_PLACE_RETRIES, memory, T0 + 2 + RELOAD_RUN_RESET_MS).delayMs).toBe(10_000);
    expect(nextRecoveryStep(IN_PLACE_RETRIES, memory, T0 - 3_600_000).delayMs).toBe(10_000);
  });

  it('reads back what another page version stored, or starts afresh', () => {
    expect(parseReloadMemory(JSON.stringify({ reloads: 3, lastReloadMs: T0 }))).toEqual({
      reloads: 3,
      lastReloadMs: T0,
    });
    expect(parseReloadMemory(null)).toEqual(NO_RELOADS);
    expect(parseReloadMemory('{not json')).toEqual(NO_RELOADS);
    expect(parseReloadMemory(JSON.stringify({ reloads: -1, lastReloadMs: 'x' }))).toEqual(NO_RELOADS);
  });
});
