/** The pass list's window: 10 days by default, at most 30 (the contract for the page and the API). */
export const DEFAULT_PASS_DAYS = 10;
export const MAX_PASS_DAYS = 30;
export const DEFAULT_PASS_MIN_ELEVATION_DEG = 10;
