import 'server-only';
import { buildTleReport, liveSourceStatus, type TleReport } from '@/server/api/tle-report';
import type { EpochMs } from '@/lib/units';
import { serverNowMs } from './clock';
import { getServerConfig, publicMapConfig } from './config';
import { createTleSource, type TleHealth, type TleRecord, type TleSource } from './tle/source';

export { createTleSource };
export { publicMapConfig } from './config';
export type { PublicMapConfig } from './config';
export type { TleHealth, TleRecord, TleSource, TleSourceDeps, TleSourceKind, UpstreamResult } from './tle/source';

// Kept on globalThis so dev-mode module reloads share one instance (one in-flight request, one backoff state).
const holder = globalThis as typeof globalThis & { __orbitWatchTleSource?: TleSource };

function instance(): TleSource {
  if (!holder.__orbitWatchTleSource) {
    const { config, problems } = getServerConfig();
    holder.__orbitWatchTleSource = createTleSource(config, { configProblems: problems });
  }
  return holder.__orbitWatchTleSource;
}

/** Test hook: make the route handlers use an isolated source (null = back to the configured one). */
export function setTleSourceForTests(source: TleSource | null): void {
  if (source === null) delete holder.__orbitWatchTleSource;
  else holder.__orbitWatchTleSource = source;
}

/** The TLE to use now: fresh in memory, else the configured source, else the persisted copy, else the built-in one. */
export function getTle(): Promise<TleRecord> {
  return instance().getTle();
}

/** What the TLE source knows about itself, for /api/health. Does no network I/O. */
export function getTleHealth(): TleHealth {
  return instance().getHealth();
}

/** The /api/tle body for a record (the page passes it to the client as initial data). */
export function toTleResponse(record: TleRecord, nowMs: EpochMs): TleReport {
  return buildTleReport(record, nowMs, liveSourceStatus(getTleHealth().upstream));
}

/** What every page's client section starts from, so the browser shows the station without a first request. */
export interface PageBootstrap {
  /** The TLE exactly as GET /api/tle would answer now: SWR's first data. */
  initialTle: TleReport;
  /** The operator's raster tile layer, or null for the offline vector basemap. */
  tile: { url: string; attribution: string } | null;
  /** The server's clock when the page was rendered. */
  renderedAtMs: EpochMs;
}

export async function getPageBootstrap(): Promise<PageBootstrap> {
  const record = await getTle();
  const renderedAtMs = serverNowMs();
  const map = publicMapConfig();
  return {
    initialTle: toTleResponse(record, renderedAtMs),
    tile: map ? { url: map.tileUrl, attribution: map.tileAttribution } : null,
    renderedAtMs,
  };
}
