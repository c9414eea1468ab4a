import { serverNowMs } from '@/server/clock';
import { z } from 'zod';
import { buildHealthReport } from '@/server/api/health-report';
import { parseQuery } from '@/server/api/query';
import { badRequest, guarded, jsonResponse, NO_STORE } from '@/server/api/responses';
import { getTleHealth } from '@/server/tle-source';
import { APP_VERSION } from '@/server/version';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

const querySchema = z.object({});

export const GET = guarded((request: Request): Response => {
  const query = parseQuery(querySchema, {}, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  return jsonResponse(buildHealthReport(getTleHealth(), APP_VERSION, serverNowMs()), NO_STORE);
});
