const TLE_RETRY_BASE_MS = 30_000;
export const TLE_RETRY_MAX_MS = 5 * 60_000;

/**
 * Wait before retry number `retryCount` (1, 2, ...) of a failed TLE refresh: doubling from 30 s, capped at five
 * minutes. SWR's own backoff grows to 256 intervals (hours) and pauses the regular refresh meanwhile, which would
 * keep a page "offline" long after the server came back.
 */
export function tleRetryDelayMs(retryCount: number): number {
  const n = Math.max(1, Math.floor(retryCount));
  return Math.min(TLE_RETRY_MAX_MS, TLE_RETRY_BASE_MS * 2 ** Math.min(n - 1, 10));
}
