import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_VERSION } from '@/server/version';

let cached: string | null = null;

/**
 * The id of the build this server runs: Next's BUILD_ID from the dist dir (`next build` writes a new one each time).
 * Without one (`next dev`, tests) the package version and the process start time stand in, which still change on
 * every restart. Read once: a running server never changes build.
 */
export function readBuildId(): string {
  if (cached !== null) return cached;
  try {
    const id = readFileSync(join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'), 'utf8').trim();
    cached = id !== '' ? id : null;
  } catch {
    cached = null;
  }
  cached ??= `${APP_VERSION}-${Date.now().toString(36)}`;
  return cached;
}
