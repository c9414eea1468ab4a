import { readCompatQuery } from '@/server/api/compat/compat-query';
import { buildIssNow } from '@/server/api/compat/open-notify';
import { nowOnTheSecond, positionsAt } from '@/server/api/compat-position';
import { compatGuarded, compatResponse, openNotifyErrorResponse } from '@/server/api/compat-responses';
import { NO_STORE } from '@/server/api/responses';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

/** Open Notify `GET /iss-now.json` (and `callback=`): the position now, latitude and longitude as strings. */
export const GET = compatGuarded(
  async (request) => {
    const query = readCompatQuery(new URL(request.url).searchParams, []);
    if (!query.ok) return openNotifyErrorResponse(query.error);
    const result = await positionsAt([nowOnTheSecond()], 'kilometers');
    if (!result.ok) return openNotifyErrorResponse(result.error, query.callback, 503);
    const position = result.reports[0];
    if (!position) return openNotifyErrorResponse('no position', query.callback, 503);
    return compatResponse({ body: buildIssNow(position), cacheControl: NO_STORE, callback: query.callback });
  },
  () => openNotifyErrorResponse('internal error', null, 500),
);
