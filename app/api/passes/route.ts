import { speechFor } from '@/server/i18n/speech';
import { serverNowMs } from '@/server/clock';
import { apiWordsFor } from '@/server/api/api-words';
import { buildPassesReport } from '@/server/api/passes-report';
import { checkFromNearEpoch, passesQueryIn } from '@/server/api/passes-query';
import { parseApiQuery } from '@/server/api/query';
import { badRequest, guarded, jsonResponse, NO_STORE, POSITION_AT_CACHE_CONTROL } from '@/server/api/responses';
import { satrecFor } from '@/server/api/satrec-cache';
import { getTle } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

/**
 * Passes for integrations. The passes page never calls this: it computes in the browser so the
 * observer's location stays there. `warnings` and error messages follow `lang`; every other field is data.
 */
export const GET = guarded(async (request: Request): Promise<Response> => {
  const words = apiWordsFor(request);
  const query = parseApiQuery(passesQueryIn, words, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const { tle, source } = await getTle();
  const nowMs = serverNowMs();
  const outOfRange = checkFromNearEpoch(query.value.from ?? nowMs, tle.epochMs, words);
  if (outOfRange) return badRequest(outOfRange);
  const report = buildPassesReport({
    tle,
    satrec: satrecFor(tle),
    tleSource: source,
    query: query.value,
    nowMs,
    speech: await speechFor(words.locale),
  });
  // An explicit window depends only on the TLE; "from now" changes every second.
  return jsonResponse(report, query.value.from === undefined ? NO_STORE : POSITION_AT_CACHE_CONTROL);
});
