import 'server-only';
import { ALLOW, apiResponse, methodNotAllowed } from './responses';

/**
 * Every method but GET (and HEAD, which Next answers with GET) for a GET-only route; each route under app/api/
 * re-exports these. Without them Next answers 405 and OPTIONS itself, with none of the security headers, because
 * proxy.ts does not run for /api/.
 */
export const POST = (request: Request): Response => methodNotAllowed(request.method);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

/** What Next's automatic OPTIONS answers (204 and Allow), plus the security headers. */
export const OPTIONS = (): Response => apiResponse(null, 204, [['allow', ALLOW]]);
