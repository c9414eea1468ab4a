import { serverNowMs } from '@/server/clock';
import { apiWordsFor } from '@/server/api/api-words';
import { langOnlyQuery, parseApiQuery } from '@/server/api/query';
import { badRequest, guarded, JSON_TYPE, TLE_CACHE_CONTROL, validatedResponse } from '@/server/api/responses';
import { getTle, toTleResponse } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

/**
 * The elements in use, with a weak ETag of what identifies them (lines, source, when fetched): the body's ageDays
 * moves with the clock, the tag only when the elements change, so a client's If-None-Match gets 304.
 */
export const GET = guarded(async (request: Request): Promise<Response> => {
  const query = parseApiQuery(langOnlyQuery, apiWordsFor(request), new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const record = await getTle();
  const report = toTleResponse(record, serverNowMs());
  // The live source's state is part of what the answer says: a change of it is a new answer, not a 304.
  const identity = [
    report.line1,
    report.line2,
    report.source,
    report.fetchedAt ?? '',
    report.liveSource.state,
    report.liveSource.since ?? '',
  ].join('\n');
  return validatedResponse(request, JSON.stringify(report), JSON_TYPE, TLE_CACHE_CONTROL, identity);
});
