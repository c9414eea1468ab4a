import { speechFor } from '@/server/i18n/speech';
import { serverNowMs } from '@/server/clock';
import { apiWordsFor } from '@/server/api/api-words';
import { buildPassesFeed } from '@/server/api/passes-feed';
import { passesFeedQueryIn } from '@/server/api/passes-feed-query';
import { checkFromNearEpoch } from '@/server/api/passes-query';
import { parseApiQuery } from '@/server/api/query';
import { badRequest, calendarResponse, guarded, NO_STORE, POSITION_AT_CACHE_CONTROL } from '@/server/api/responses';
import { satrecFor } from '@/server/api/satrec-cache';
import { getTle } from '@/server/tle-source';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/get-only';

/**
 * The pass calendar a phone subscribes to (webcal://): the one place where the server learns a location, which
 * the passes page says before it offers the link. Its texts, and its errors, are in the language of `lang`.
 */
export const GET = guarded(async (request: Request): Promise<Response> => {
  const words = apiWordsFor(request);
  const query = parseApiQuery(passesFeedQueryIn, words, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const { tle } = await getTle();
  const nowMs = serverNowMs();
  const outOfRange = checkFromNearEpoch(query.value.from ?? nowMs, tle.epochMs, words);
  if (outOfRange) return badRequest(outOfRange);
  const body = buildPassesFeed({
    tle,
    satrec: satrecFor(tle),
    query: query.value,
    nowMs,
    speech: await speechFor(words.locale),
    words: words.ics,
  });
  return calendarResponse(body, query.value.from === undefined ? NO_STORE : POSITION_AT_CACHE_CONTROL);
});
