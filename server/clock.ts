import type { EpochMs } from '@/lib/units';

// No `import 'server-only'`: the TLE source and the launcher's tests import this outside Next.

/**
 * The server's idea of "now". Production reads the machine clock. Tests pin it with
 * ORBIT_WATCH_CLOCK="<ISO instant>@<epoch ms>": the clock read <ISO instant> when the machine clock read
 * <epoch ms>, and runs at the machine's pace from there. Giving the origin, not a start-up time, keeps every
 * worker of a cluster and the test runner (which pins the browser the same way) on one timeline, and keeps the
 * suite's outcome independent of the date it runs on.
 */
export function parseClockSetting(value: string | undefined): { offsetMs: number } | null {
  const match = value === undefined ? null : /^(.+)@(\d+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  const pinnedMs = Date.parse(match[1]);
  const originMs = Number(match[2]);
  if (!Number.isFinite(pinnedMs) || !Number.isFinite(originMs)) return null;
  return { offsetMs: pinnedMs - originMs };
}

const setting = parseClockSetting(process.env.ORBIT_WATCH_CLOCK);
const offsetMs = setting?.offsetMs ?? 0;

export function serverNowMs(): EpochMs {
  return Date.now() + offsetMs;
}
