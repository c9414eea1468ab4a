import { z } from 'zod';
import { parseQuery } from '@/lib/api/query';
import { badRequest, jsonResponse, TLE_CACHE_CONTROL } from '@/server/api/responses';
import { getTle, toTleResponse } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

const querySchema = z.object({});

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(querySchema, {}, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const record = await getTle();
  return jsonResponse(toTleResponse(record, Date.now()), TLE_CACHE_CONTROL);
}
