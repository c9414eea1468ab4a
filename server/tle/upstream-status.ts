import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { EpochMs } from '@/lib/units';

export const UPSTREAM_RESULTS = [
  'ok',
  'unchanged',
  'rejected',
  'http-error',
  'timeout',
  'network-error',
  'file-error',
] as const;
export type UpstreamResult = (typeof UPSTREAM_RESULTS)[number];

/**
 * What the fetching process last learned from upstream, saved beside the TLE so that following processes
 * (TLE_ROLE=follow) can report it in /api/health: an operator asking any worker sees the same upstream state.
 */
export interface UpstreamStatus {
  lastAttemptAtMs: EpochMs | null;
  lastResult: UpstreamResult | null;
  /** The most recent failure, kept after a later success so an operator can still see it. */
  lastError: string | null;
  lastErrorAtMs: EpochMs | null;
  nextAllowedAtMs: EpochMs | null;
  consecutiveFailures: number;
  /** When the current run of failures began (null while the last attempt succeeded): "unreachable since". */
  failingSinceMs: EpochMs | null;
}

const msOrNull = z.number().finite().nullable();
const statusSchema = z.object({
  version: z.literal(1),
  lastAttemptAtMs: msOrNull,
  lastResult: z.enum(UPSTREAM_RESULTS).nullable(),
  lastError: z.string().max(2000).nullable(),
  lastErrorAtMs: msOrNull,
  nextAllowedAtMs: msOrNull,
  consecutiveFailures: z.number().int().min(0),
  // Absent in files written before it existed.
  failingSinceMs: msOrNull.default(null),
});

export const upstreamStatusFileName = (noradId: number): string => `upstream-status-${noradId}.json`;

/** Where the fetching process saves it: in DATA_DIR, beside the TLE. */
export const upstreamStatusPath = (dataDir: string, noradId: number): string =>
  path.join(dataDir, upstreamStatusFileName(noradId));

export function serializeUpstreamStatus(s: UpstreamStatus): string {
  const body: z.infer<typeof statusSchema> = { version: 1, ...s };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The saved status, or null when there is none yet or it cannot be trusted (a follower then reports nothing). */
export function readUpstreamStatusSync(filePath: string): UpstreamStatus | null {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(filePath, 'utf8'));
  } catch {
    return null;
  }
  const parsed = statusSchema.safeParse(json);
  if (!parsed.success) return null;
  const { version: _version, ...status } = parsed.data;
  return status;
}
