import { readCompatQuery } from '@/server/api/compat/compat-query';
import { satelliteList } from '@/server/api/compat/wheretheiss';
import { compatGuarded, compatResponse, wtiaErrorResponse } from '@/server/api/compat-responses';
import { TLE_CACHE_CONTROL } from '@/server/api/responses';
import { getTle } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/compat-methods';

/** wheretheiss.at `GET /v1/satellites`: `[{"name": "iss", "id": 25544}]`. */
export const GET = compatGuarded(
  async (request) => {
    const query = readCompatQuery(new URL(request.url).searchParams, []);
    if (!query.ok) return wtiaErrorResponse(400, query.error);
    const { tle } = await getTle();
    return compatResponse({
      body: satelliteList(tle),
      cacheControl: TLE_CACHE_CONTROL,
      callback: query.callback,
      validate: request,
    });
  },
  () => wtiaErrorResponse(500, 'internal error'),
);
