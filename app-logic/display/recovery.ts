/**
 * How /display recovers from an error on its own (app/display/error.tsx): a screen in a hall has nobody to press
 * "Try again". First the failed part is rendered again in place, a few seconds later (a passing fault: a bad answer
 * that has since been replaced); if that fails too, the page is reloaded, with growing pauses so a fault that
 * survives reloads (a bad build, a server that answers garbage) neither hammers the server nor flickers.
 */

/** Pause before rendering the failed part again. */
export const RETRY_IN_PLACE_MS = 5_000;
/** In-place attempts before the page is reloaded. */
export const IN_PLACE_RETRIES = 2;
/** Pauses before the first, second, ... reload of a run of failures; the last repeats. */
export const RELOAD_DELAYS_MS = [10_000, 30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000] as const;
/** A reload this long after the previous one starts a new run (the page had been working in between). */
export const RELOAD_RUN_RESET_MS = 30 * 60_000;

/** Kept across reloads (sessionStorage). */
export interface ReloadMemory {
  /** Reloads in the current run of failures. */
  reloads: number;
  lastReloadMs: number | null;
}

export const NO_RELOADS: ReloadMemory = { reloads: 0, lastReloadMs: null };

export type RecoveryStep =
  { kind: 'retry'; delayMs: number; attempt: number } | { kind: 'reload'; delayMs: number; attempt: number };

/** The reloads that count now: a run ends when the page has gone RELOAD_RUN_RESET_MS without one. */
export function currentRun(memory: ReloadMemory, nowMs: number): ReloadMemory {
  if (
    memory.lastReloadMs === null ||
    nowMs - memory.lastReloadMs >= RELOAD_RUN_RESET_MS ||
    nowMs < memory.lastReloadMs
  ) {
    return NO_RELOADS;
  }
  return memory;
}

/** The next step after an error, given the in-place retries already made on this page and the reloads before it. */
export function nextRecoveryStep(inPlaceRetries: number, memory: ReloadMemory, nowMs: number): RecoveryStep {
  if (inPlaceRetries < IN_PLACE_RETRIES)
    return { kind: 'retry', delayMs: RETRY_IN_PLACE_MS, attempt: inPlaceRetries + 1 };
  const { reloads } = currentRun(memory, nowMs);
  const delayMs = RELOAD_DELAYS_MS[Math.min(reloads, RELOAD_DELAYS_MS.length - 1)] ?? RETRY_IN_PLACE_MS;
  return { kind: 'reload', delayMs, attempt: reloads + 1 };
}

/** What to remember just before reloading. */
export function rememberReload(memory: ReloadMemory, nowMs: number): ReloadMemory {
  return { reloads: currentRun(memory, nowMs).reloads + 1, lastReloadMs: nowMs };
}

/** A stored value read back defensively (another version of the page may have written it). */
export function parseReloadMemory(text: string | null): ReloadMemory {
  if (text === null) return NO_RELOADS;
  try {
    const value = JSON.parse(text) as Partial<ReloadMemory>;
    const reloads =
      typeof value.reloads === 'number' && Number.isInteger(value.reloads) && value.reloads >= 0 ? value.reloads : 0;
    const lastReloadMs =
      typeof value.lastReloadMs === 'number' && Number.isFinite(value.lastReloadMs) ? value.lastReloadMs : null;
    return { reloads, lastReloadMs };
  } catch {
    return NO_RELOADS;
  }
}
