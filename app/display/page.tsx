import { serverNowMs } from '@/server/clock';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DisplayScreen } from '@/components/display/display-screen';
import { BasemapPreload } from '@/components/map/basemap-preload';
import { BasemapAfterPaint } from '@/components/map/basemap-after-paint';
import { ServerMapPicture } from '@/components/map/server-map-picture';
import { ContextPanel } from '@/components/panels/context-panel';
import {
  parseDisplayConfig,
  withVenueTimeZone,
  type DisplayConfig,
  type DisplayNotice,
} from '@/app-logic/display/config';
import { timeZoneAt } from '@/lib/geo/time-zone';
import { getTle, publicMapConfig, toTleResponse } from '@/server/tle-source';
import { readBuildId } from '../api/version/build-id';
import type { SearchParams } from '../search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('display.meta');
  return {
    title: t('title'),
    description: t('description'),
    robots: { index: false },
    // Installed from here, the display opens full screen at /display (server/site/web-manifest.ts).
    manifest: '/display.webmanifest',
  };
}

/**
 * The address's settings for the screen. lang= is left out: proxy.ts has already chosen the page's language from it
 * (an unknown code falls back like any visitor's), and the screen's settings would call it an unknown parameter.
 */
function toUrlSearchParams(params: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'lang') continue;
    if (Array.isArray(value)) for (const v of value) out.append(key, v);
    else if (value !== undefined) out.append(key, value);
  }
  return out;
}

/**
 * /display: a full-screen page for public screens, set up entirely by its address (see the README). Rendered per
 * request (it reads the address), so the page carries the build id and the TLE of the moment it was served.
 */
export default async function DisplayPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { config, notices } = withVenueTimeZone(parseDisplayConfig(toUrlSearchParams(await searchParams)), timeZoneAt);
  return (
    <>
      {/* The map draws the 50m coastline on large screens (110m on phones); the "over <country>" label reads it
          too, even under raster tiles. */}
      <BasemapPreload resolution="50m" detailedOnLargeScreens />
      <BasemapAfterPaint />
      {/* No Suspense boundary: the TLE source answers at once, and the screen in the first flush paints before
          the first scripts run, where a streamed boundary would wait for them. */}
      <DisplaySection config={config} notices={notices} />
    </>
  );
}

/** What the server hands the screen, read once per request. */
async function loadScreenData(config: DisplayConfig) {
  const record = await getTle();
  const nowMs = serverNowMs();
  const map = publicMapConfig();
  return {
    initialTle: toTleResponse(record, nowMs),
    /** The moment the station's age in the panels is counted to. */
    atMs: config.startMs ?? nowMs,
    tile: map ? { url: map.tileUrl, attribution: map.tileAttribution } : null,
    buildId: readBuildId(),
    renderedAtMs: nowMs,
  };
}

async function DisplaySection({ config, notices }: { config: DisplayConfig; notices: DisplayNotice[] }) {
  const { initialTle, atMs, tile, buildId, renderedAtMs } = await loadScreenData(config);
  const picture = { orbitsAhead: config.orbits, observer: config.venue };
  return (
    <DisplayScreen
      mapPicture={<ServerMapPicture report={initialTle} atMs={config.startMs ?? renderedAtMs} options={picture} />}
      config={config}
      notices={notices}
      initialTle={initialTle}
      buildId={buildId}
      tile={tile}
      renderedAtMs={renderedAtMs}
    >
      {config.panels.map((slot) => (
        <ContextPanel key={slot.id} id={slot.id} atMs={atMs} headingId={`display-${slot.id}-title`} />
      ))}
    </DisplayScreen>
  );
}
