import type { EpochMs } from '../../lib/units';

/**
 * Maps the machine's clock onto the time the dashboard shows. Live mode is the identity, read
 * afresh on every call, so a machine clock corrected mid-run is followed at once. `?t=` and
 * `?speed=` anchor a chosen moment to the moment the page started and run from there.
 */
export interface SimClock {
  readonly live: boolean;
  readonly speed: number;
  readonly anchorRealMs: EpochMs;
  readonly anchorSimMs: EpochMs;
}

export const liveClock = (realNowMs: EpochMs): SimClock => ({
  live: true,
  speed: 1,
  anchorRealMs: realNowMs,
  anchorSimMs: realNowMs,
});

export function anchoredClock(simStartMs: EpochMs, realNowMs: EpochMs, speed = 1): SimClock {
  return { live: false, speed, anchorRealMs: realNowMs, anchorSimMs: simStartMs };
}

export function simTimeMs(clock: SimClock, realNowMs: EpochMs): EpochMs {
  if (clock.live) return realNowMs;
  return clock.anchorSimMs + (realNowMs - clock.anchorRealMs) * clock.speed;
}

export const MAX_SPEED = 3600;

/** Read `t` (ISO 8601 or Unix seconds) and `speed` from URL parameters; null/undefined when absent or unusable. */
export function parseTimeParam(raw: string | null | undefined): EpochMs | null {
  if (raw == null || raw.trim() === '') return null;
  const trimmed = raw.trim();
  const ms = /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed);
  if (!Number.isFinite(ms)) return null;
  // Outside 1957-2100 SGP4 output is meaningless for this dashboard.
  if (ms < Date.UTC(1957, 9, 4) || ms > Date.UTC(2100, 0, 1)) return null;
  return ms;
}

/** Speed 0 freezes the shown moment (screenshots, tests); up to an hour per second. */
export function parseSpeedParam(raw: string | null | undefined): number | null {
  if (raw == null || raw.trim() === '') return null;
  const speed = Number(raw);
  if (!Number.isFinite(speed) || speed < 0 || speed > MAX_SPEED) return null;
  return speed;
}
