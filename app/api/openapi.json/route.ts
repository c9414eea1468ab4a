import { OPENAPI_DOCUMENT } from '@/server/api/openapi';
import { apiWordsFor } from '@/server/api/api-words';
import { langOnlyQuery, parseApiQuery } from '@/server/api/query';
import { badRequest, guarded, JSON_TYPE, validatedResponse } from '@/server/api/responses';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

const DOCUMENT = JSON.stringify(OPENAPI_DOCUMENT);

/** The OpenAPI 3.1 document of every route (it changes only with a deployment). */
export const GET = guarded((request: Request): Response => {
  const query = parseApiQuery(langOnlyQuery, apiWordsFor(request), new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  return validatedResponse(request, DOCUMENT, JSON_TYPE, 'public, max-age=3600');
});
