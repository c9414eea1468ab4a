import { apiWordsFor } from '@/server/api/api-words';
import { langOnlyQuery, parseApiQuery } from '@/server/api/query';
import { badRequest, guarded, jsonResponse, NO_STORE } from '@/server/api/responses';
import { APP_VERSION } from '@/server/version';
import { readBuildId } from './build-id';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

/** Which build is serving: display screens poll it and reload once when it changes. */
export const GET = guarded((request: Request): Response => {
  const query = parseApiQuery(langOnlyQuery, apiWordsFor(request), new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  return jsonResponse({ buildId: readBuildId(), version: APP_VERSION }, NO_STORE);
});
