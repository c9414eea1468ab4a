import { parseUnits, parseUnixSeconds } from '@/server/api/compat/wheretheiss';
import { nowOnTheSecond, positionsAt } from '@/server/api/compat-position';
import { compatGuarded, compatResponse, wtiaErrorResponse } from '@/server/api/compat-responses';
import { readSatelliteRequest } from '@/server/api/compat-satellite';
import { NO_STORE } from '@/server/api/responses';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/compat-methods';

/** wheretheiss.at `GET /v1/satellites/[id]?units=&timestamp=`: /api/position's fields. Never cached. */
export const GET = compatGuarded(
  async (request) => {
    const read = await readSatelliteRequest(request, ['units', 'timestamp']);
    if (!read.ok) return read.response;
    const { callback, values } = read;
    const units = parseUnits(values.units);
    if (units === null) return wtiaErrorResponse(400, 'units must be kilometers or miles', callback);
    const atMs = values.timestamp === undefined ? nowOnTheSecond() : parseUnixSeconds(values.timestamp);
    if (atMs === null) return wtiaErrorResponse(400, 'timestamp must be a Unix time in seconds', callback);
    const result = await positionsAt([atMs], units);
    if (!result.ok) return wtiaErrorResponse(400, result.error, callback);
    return compatResponse({ body: result.reports[0], cacheControl: NO_STORE, callback });
  },
  () => wtiaErrorResponse(500, 'internal error'),
);
