import { serverNowMs } from '@/server/clock';
import { buildHealthReport } from '@/server/api/health-report';
import { apiWordsFor } from '@/server/api/api-words';
import { langOnlyQuery, parseApiQuery } from '@/server/api/query';
import { badRequest, guarded, jsonResponse, NO_STORE } from '@/server/api/responses';
import { getTleHealth } from '@/server/tle-source';
import { APP_VERSION } from '@/server/version';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

export const GET = guarded((request: Request): Response => {
  const query = parseApiQuery(langOnlyQuery, apiWordsFor(request), new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  return jsonResponse(buildHealthReport(getTleHealth(), APP_VERSION, serverNowMs()), NO_STORE);
});
