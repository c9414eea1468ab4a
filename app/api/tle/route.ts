import { serverNowMs } from '@/server/clock';
import { z } from 'zod';
import { parseQuery } from '@/lib/api/query';
import { badRequest, guarded, jsonResponse, TLE_CACHE_CONTROL } from '@/server/api/responses';
import { getTle, toTleResponse } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

const querySchema = z.object({});

export const GET = guarded(async (request: Request): Promise<Response> => {
  const query = parseQuery(querySchema, {}, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const record = await getTle();
  return jsonResponse(toTleResponse(record, serverNowMs()), TLE_CACHE_CONTROL);
});
