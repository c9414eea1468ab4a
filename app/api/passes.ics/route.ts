import { speechFor } from '@/server/i18n/speech';
import { serverNowMs } from '@/server/clock';
import { buildPassesFeed } from '@/server/api/passes-feed';
import { passesFeedQueryAccepted, passesFeedQuerySchema } from '@/server/api/passes-feed-query';
import { checkFromNearEpoch } from '@/server/api/passes-query';
import { parseQuery } from '@/server/api/query';
import { badRequest, calendarResponse, guarded, NO_STORE, POSITION_AT_CACHE_CONTROL } from '@/server/api/responses';
import { satrecFor } from '@/server/api/satrec-cache';
import { getTle } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

/**
 * The pass calendar a phone subscribes to (webcal://): the one place where the server learns a location, which
 * the passes page says before it offers the link.
 */
export const GET = guarded(async (request: Request): Promise<Response> => {
  const query = parseQuery(passesFeedQuerySchema, passesFeedQueryAccepted, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const { tle } = await getTle();
  const nowMs = serverNowMs();
  const outOfRange = checkFromNearEpoch(query.value.from ?? nowMs, tle.epochMs);
  if (outOfRange) return badRequest(outOfRange);
  const body = buildPassesFeed({
    tle,
    satrec: satrecFor(tle),
    query: query.value,
    nowMs,
    speech: await speechFor('en'),
  });
  return calendarResponse(body, query.value.from === undefined ? NO_STORE : POSITION_AT_CACHE_CONTROL);
});
