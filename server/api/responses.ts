import 'server-only';
import type { ParameterErrorBody } from '@/lib/api/query';

/** TLEs change a few times a day at most; a short max-age keeps a CDN or browser from asking every second. */
export const TLE_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';
/** A position at an explicit instant depends only on the TLE, which may change within hours. */
export const POSITION_AT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
export const NO_STORE = 'no-store';

export function jsonResponse(body: unknown, cacheControl: string, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': cacheControl },
  });
}

export const badRequest = (body: ParameterErrorBody): Response => jsonResponse(body, NO_STORE, 400);
