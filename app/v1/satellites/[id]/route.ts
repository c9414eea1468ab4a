import { readCompatQuery } from '@/lib/api/compat/compat-query';
import { isSatelliteId, parseUnits, parseUnixSeconds } from '@/lib/api/compat/wheretheiss';
import { nowOnTheSecond, positionsAt } from '@/server/api/compat-position';
import { compatGuarded, compatResponse, wtiaErrorResponse } from '@/server/api/compat-responses';
import { NO_STORE } from '@/server/api/responses';
import { getTle } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/compat-methods';

/** wheretheiss.at `GET /v1/satellites/[id]?units=&timestamp=`: /api/position's fields. Never cached. */
export const GET = compatGuarded(async (request) => {
  const url = new URL(request.url);
  const id = decodeURIComponent(url.pathname.split('/')[3] ?? '');
  const query = readCompatQuery(url.searchParams, ['units', 'timestamp']);
  if (!query.ok) return wtiaErrorResponse(400, query.error);
  const { callback, values } = query;
  if (!isSatelliteId(id, (await getTle()).tle)) return wtiaErrorResponse(404, 'satellite not found', callback);
  const units = parseUnits(values.units);
  if (units === null) return wtiaErrorResponse(400, 'units must be kilometers or miles', callback);
  const atMs = values.timestamp === undefined ? nowOnTheSecond() : parseUnixSeconds(values.timestamp);
  if (atMs === null) return wtiaErrorResponse(400, 'timestamp must be a Unix time in seconds', callback);
  const result = await positionsAt([atMs], units);
  if (!result.ok) return wtiaErrorResponse(400, result.error, callback);
  return compatResponse({ body: result.reports[0], cacheControl: NO_STORE, callback });
}, () => wtiaErrorResponse(500, 'internal error'));
