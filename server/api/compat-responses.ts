import 'server-only';
import { jsonpBody } from '@/server/api/compat/jsonp';
import { wtiaError } from '@/server/api/compat/wheretheiss';
import { openNotifyFailure } from '@/server/api/compat/open-notify';
import { ALLOW, apiResponse, JSON_TYPE, NO_STORE, validatedResponse } from './responses';

/**
 * Answers of the compatible routes (/v1/..., /iss-now.json, /iss-pass.json): the original's bodies, our
 * headers (security, CORS, caching). With `callback=` the body is a script calling it, and the status is 200
 * whatever happened (the error is in the body, as in the originals): a browser runs no script answered with
 * a 4xx, so the page's callback would never hear of the error.
 */
export interface CompatAnswer {
  body: unknown;
  status?: number;
  cacheControl: string;
  callback: string | null;
  /** Send an ETag and answer If-None-Match with 304 (answers that change rarely). */
  validate?: Request;
  /** With `validate`: a weak tag made from this instead of the body (a body that also carries the time). */
  weakFrom?: string;
  headers?: ReadonlyArray<[string, string]>;
}

export const JAVASCRIPT_TYPE = 'application/javascript; charset=utf-8';

export function compatResponse({
  body,
  status = 200,
  cacheControl,
  callback,
  validate,
  weakFrom,
  headers = [],
}: CompatAnswer): Response {
  const json = JSON.stringify(body);
  const [text, type, code] =
    callback === null ? [json, JSON_TYPE, status] : [jsonpBody(callback, json), JAVASCRIPT_TYPE, 200];
  if (validate && code === 200)
    return validatedResponse(
      validate,
      text,
      type,
      cacheControl,
      weakFrom === undefined ? undefined : `${weakFrom}\n${callback ?? ''}`,
    );
  return apiResponse(text, code, [['content-type', type], ['cache-control', cacheControl], ...headers]);
}

/** wheretheiss.at's error: `{"error": "...", "status": 4xx}`. */
export const wtiaErrorResponse = (
  status: number,
  message: string,
  callback: string | null = null,
  headers: ReadonlyArray<[string, string]> = [],
): Response => compatResponse({ body: wtiaError(status, message), status, cacheControl: NO_STORE, callback, headers });

/** Methods other than GET/HEAD/OPTIONS on a /v1 route: 405 in wheretheiss.at's shape. */
export const wtiaMethodNotAllowed = (request: Request): Response =>
  wtiaErrorResponse(405, `${request.method} is not allowed here; use GET`, null, [['allow', ALLOW]]);

/** Open Notify's error: `{"message": "failure", "reason": "..."}` with 400. */
export const openNotifyErrorResponse = (reason: string, callback: string | null = null, status = 400): Response =>
  compatResponse({ body: openNotifyFailure(reason), status, cacheControl: NO_STORE, callback });

/** Failures of a compatible route: logged, answered in the original's shape (never Next's HTML 500). */
export function compatGuarded(
  handler: (request: Request) => Promise<Response>,
  onError: () => Response,
): (request: Request) => Promise<Response> {
  return (request) =>
    handler(request).catch((error: unknown) => {
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return onError();
    });
}
