import { serverNowMs } from '@/server/clock';
import { decodeSegment, readCompatQuery } from '@/server/api/compat/compat-query';
import { buildCoordinatesReport, parseCoordinates } from '@/server/api/compat/wheretheiss';
import { utcOffsetHours } from '@/lib/geo/zone-offset';
import { compatGuarded, compatResponse, wtiaErrorResponse } from '@/server/api/compat-responses';
import { lookupZone } from '@/server/geo/lookup-zone';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/compat-methods';

/** The offset changes only with daylight saving: an hour of caching is safe. */
const COORDINATES_CACHE_CONTROL = 'public, max-age=3600';

/** wheretheiss.at `GET /v1/coordinates/{lat},{lon}`: time zone, offset now, country ("??" at sea). Offline. */
export const GET = compatGuarded(
  async (request) => {
    const url = new URL(request.url);
    const query = readCompatQuery(url.searchParams, []);
    if (!query.ok) return wtiaErrorResponse(400, query.error);
    const segment = decodeSegment(url.pathname.split('/')[3]);
    const at = segment === null ? null : parseCoordinates(segment);
    if (at === null)
      return wtiaErrorResponse(
        400,
        'invalid coordinates: expected {latitude},{longitude} in decimal degrees',
        query.callback,
      );
    const zone = lookupZone(at.latitude, at.longitude);
    const body = buildCoordinatesReport(at, zone, utcOffsetHours(zone.timeZone, serverNowMs()));
    return compatResponse({
      body,
      cacheControl: COORDINATES_CACHE_CONTROL,
      callback: query.callback,
      validate: request,
    });
  },
  () => wtiaErrorResponse(500, 'internal error'),
);
