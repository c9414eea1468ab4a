import 'server-only';
import { apiWordsFor } from './api-words';
import { ALLOW, apiResponse, methodNotAllowed } from './responses';

/**
 * Every method but GET (and HEAD, which Next answers with GET) for a GET-only route; each route under app/api/
 * re-exports these. Without them Next answers 405 and OPTIONS itself, with none of the security headers, because
 * proxy.ts does not run for /api/.
 */
export const POST = (request: Request): Response => methodNotAllowed(request.method, apiWordsFor(request));
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

/** Request headers a cross-origin page may send: the tokens of a header list, nothing else. */
const HEADER_LIST = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/;

/**
 * What Next's automatic OPTIONS answers (204 and Allow), plus the security headers, and the answer to a CORS
 * preflight: GET and HEAD from any origin, with the request headers the page asked for (a list of header names,
 * echoed, hence `Vary: Access-Control-Request-Headers`), cached by the browser for a day. Never credentials.
 */
export const OPTIONS = (request: Request): Response => {
  const asked = request.headers.get('access-control-request-headers');
  const headers: Array<[string, string]> = [
    ['allow', ALLOW],
    ['access-control-allow-methods', ALLOW],
    ['access-control-max-age', '86400'],
    ['vary', 'Access-Control-Request-Headers'],
  ];
  if (asked !== null && asked.length <= 1000 && HEADER_LIST.test(asked.trim()))
    headers.push(['access-control-allow-headers', asked.trim()]);
  return apiResponse(null, 204, headers);
};
