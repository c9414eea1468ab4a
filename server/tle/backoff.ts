/** First retry after a failure; doubles per consecutive failure up to the refresh interval. */
export const BACKOFF_BASE_MS = 5 * 60_000;
/** A Retry-After beyond this is treated as this (a broken header must not silence refreshes for months). */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * How long to leave upstream alone after the n-th failure in a row: exponential backoff up to the refresh
 * interval, or longer when upstream asked for it (Retry-After, capped).
 */
export function retryDelayMs(consecutiveFailures: number, refreshMs: number, retryAfterMs: number | null): number {
  const backoffMs = Math.min(BACKOFF_BASE_MS * 2 ** (consecutiveFailures - 1), Math.max(refreshMs, BACKOFF_BASE_MS));
  return Math.max(backoffMs, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}
