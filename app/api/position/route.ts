import { serverNowMs } from '@/server/clock';
import { apiWordsFor } from '@/server/api/api-words';
import { atAccepted, checkAtNearEpoch, positionQueryIn } from '@/server/api/position-query';
import { buildPositionReport } from '@/server/api/position-report';
import { parameterError, parseApiQuery } from '@/server/api/query';
import { badRequest, guarded, jsonResponse, NO_STORE } from '@/server/api/responses';
import { satrecFor } from '@/server/api/satrec-cache';
import { getTle } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

export const GET = guarded(async (request: Request): Promise<Response> => {
  const words = apiWordsFor(request);
  const query = parseApiQuery(positionQueryIn, words, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const { tle, source } = await getTle();
  // "Now" is taken on the whole second, so `timestamp` is an integer as wheretheiss.at clients expect and
  // still names the exact instant the position belongs to.
  const atMs = query.value.at ?? Math.floor(serverNowMs() / 1000) * 1000;
  const outOfRange = checkAtNearEpoch(atMs, tle.epochMs, words);
  if (outOfRange) return badRequest(outOfRange);
  const report = buildPositionReport({
    tle,
    satrec: satrecFor(tle),
    tleSource: source,
    atMs,
    units: query.value.units,
  });
  if (!report) return badRequest(parameterError('at', words.error('decayed'), atAccepted(words)));
  // Never cached: a client polling for the station must never get an old answer from a cache on the way.
  return jsonResponse(report, NO_STORE);
});
