import { serverNowMs } from '@/server/clock';
import { readCompatQuery } from '@/server/api/compat/compat-query';
import { buildIssPass, parseIssPassQuery } from '@/server/api/compat/open-notify';
import { checkAtNearEpoch } from '@/server/api/position-query';
import { compatGuarded, compatResponse, openNotifyErrorResponse } from '@/server/api/compat-responses';
import { NO_STORE } from '@/server/api/responses';
import { satrecFor } from '@/server/api/satrec-cache';
import { getTle } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

/**
 * Open Notify `GET /iss-pass.json?lat=&lon=&alt=&n=` (and `callback=`), the endpoint it retired: the next n
 * passes above 10 degrees, rise time and seconds above 10 degrees, from now.
 */
export const GET = compatGuarded(
  async (request) => {
    const params = new URL(request.url).searchParams;
    const query = readCompatQuery(params, ['lat', 'lon', 'alt', 'n']);
    if (!query.ok) return openNotifyErrorResponse(query.error);
    const parsed = parseIssPassQuery(query.values);
    if (!parsed.ok) return openNotifyErrorResponse(parsed.reason, query.callback);
    const { tle } = await getTle();
    const nowMs = serverNowMs();
    const outOfRange = checkAtNearEpoch(nowMs, tle.epochMs);
    if (outOfRange)
      return openNotifyErrorResponse(
        `the orbital elements held are too old: ${outOfRange.error.message}`,
        query.callback,
        503,
      );
    const body = buildIssPass(satrecFor(tle), parsed.value, nowMs);
    return compatResponse({ body, cacheControl: NO_STORE, callback: query.callback });
  },
  () => openNotifyErrorResponse('internal error', null, 500),
);
