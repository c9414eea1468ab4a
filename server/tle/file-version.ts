import type fs from 'node:fs';
import type { EpochMs } from '@/lib/units';

/** A file's version as stat() tells it: replacing or rewriting the file changes one of these. */
export interface FileVersion {
  mtimeMs: number;
  size: number;
}

export const versionOf = (st: fs.Stats): FileVersion => ({ mtimeMs: st.mtimeMs, size: st.size });

export const sameVersion = (seen: FileVersion | null, st: fs.Stats): boolean =>
  seen !== null && st.mtimeMs === seen.mtimeMs && st.size === seen.size;

/** True on the first call and then at most once per interval: how often a watched file is stat()ed. */
export function checkEvery(intervalMs: number): (nowMs: EpochMs) => boolean {
  let checkedAtMs: EpochMs | null = null;
  return (nowMs) => {
    if (checkedAtMs !== null && nowMs - checkedAtMs < intervalMs) return false;
    checkedAtMs = nowMs;
    return true;
  };
}
