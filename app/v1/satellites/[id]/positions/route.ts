import { parseTimestamps, parseUnits } from '@/server/api/compat/wheretheiss';
import { positionsAt } from '@/server/api/compat-position';
import { compatGuarded, compatResponse, wtiaErrorResponse } from '@/server/api/compat-responses';
import { readSatelliteRequest } from '@/server/api/compat-satellite';
import { NO_STORE } from '@/server/api/responses';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/compat-methods';

/** wheretheiss.at `GET /v1/satellites/[id]/positions?timestamps=t1,t2,...&units=`: up to 10 positions. */
export const GET = compatGuarded(
  async (request) => {
    const read = await readSatelliteRequest(request, ['units', 'timestamps']);
    if (!read.ok) return read.response;
    const { callback, values } = read;
    const units = parseUnits(values.units);
    if (units === null) return wtiaErrorResponse(400, 'units must be kilometers or miles', callback);
    const timestamps = parseTimestamps(values.timestamps);
    if (!timestamps.ok) return wtiaErrorResponse(400, timestamps.error, callback);
    const result = await positionsAt(timestamps.ms, units);
    if (!result.ok) return wtiaErrorResponse(400, result.error, callback);
    return compatResponse({ body: result.reports, cacheControl: NO_STORE, callback });
  },
  () => wtiaErrorResponse(500, 'internal error'),
);
