import { useEffect } from 'react';
import { useTickSource } from '@/components/clock/clock-context';
import { VERSION_POLL_MS, buildIdFromVersionBody, shouldReloadForBuild } from '@/app-logic/display/build-change';
import { nextWallClockMs, type ClockTime } from '@/app-logic/display/zoned-time';
import type { ReportOutcome } from './use-connection';

const RELOADED_FOR_KEY = 'orbit-watch:display-reloaded-for';
const FETCH_TIMEOUT_MS = 8_000;

function readReloadedFor(): string | null {
  try {
    return window.sessionStorage.getItem(RELOADED_FOR_KEY);
  } catch {
    return null;
  }
}

function reloadFor(buildId: string | null): void {
  try {
    if (buildId !== null) window.sessionStorage.setItem(RELOADED_FOR_KEY, buildId);
  } catch {
    // Without storage a second reload for the same build is possible, never a loop faster than the poll.
  }
  window.location.reload();
}

interface BuildWatchOptions {
  pageBuildId: string;
  reloadAt: ClockTime | null;
  timeZone: string | null;
  /** Stable callbacks (the poll restarts when they change). */
  report: ReportOutcome;
  /** Called after a successful poll, so a failed TLE refresh is retried as soon as the server is back. */
  onServerBack: () => void;
}

/**
 * Polls /api/version every few minutes: reloads once when the build changed, and tells the connection state whether
 * the server answered. Also performs the optional daily reload at the operator's quiet hour, checked on the 1 Hz tick
 * against the real clock, so a corrected machine clock moves it with the wall.
 */
export function useBuildWatch({ pageBuildId, reloadAt, timeZone, report, onServerBack }: BuildWatchOptions): void {
  const source = useTickSource();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let disposed = false;
    const poll = async () => {
      let serverBuildId: string | null = null;
      let ok = false;
      try {
        const response = await fetch('/api/version', {
          cache: 'no-store',
          signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        });
        if (response.ok) {
          serverBuildId = buildIdFromVersionBody(await response.json());
          ok = serverBuildId !== null;
        }
      } catch {
        ok = false;
      }
      if (disposed) return;
      report(ok);
      if (ok) {
        if (shouldReloadForBuild({ pageBuildId, serverBuildId, reloadedFor: readReloadedFor() })) {
          reloadFor(serverBuildId);
          return;
        }
        onServerBack();
      }
      timer = setTimeout(() => void poll(), VERSION_POLL_MS);
    };
    timer = setTimeout(() => void poll(), VERSION_POLL_MS);
    return () => {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
    };
  }, [pageBuildId, report, onServerBack]);

  const hour = reloadAt?.hour;
  const minute = reloadAt?.minute;
  useEffect(() => {
    if (hour === undefined || minute === undefined) return;
    const dueMs = nextWallClockMs(Date.now(), { hour, minute }, timeZone ?? undefined);
    let fired = false;
    return source.subscribe(() => {
      if (fired || Date.now() < dueMs) return;
      fired = true;
      reloadFor(null);
    });
  }, [source, hour, minute, timeZone]);
}
