import { NextResponse, type NextRequest } from 'next/server';
import { createNonce } from '@/server/security/csp';
import { headersFor, wantsNonce } from '@/server/security/headers';

/**
 * Security headers on every response except the API's. The matcher leaves out only /api and /api/...: route
 * handlers answer there, and every one of their answers gets the same nonce-less headers from
 * server/api/responses.ts (200, 400, 404 for unknown API paths, 405, OPTIONS, 500). Running the proxy for them as
 * well cost about 40% of the API's throughput. Everything else (pages, `/_next/static`, `public/` files, Next's
 * 404 document) still passes through here: those headers depend on the operator's runtime configuration
 * (TILE_URL, FRAME_ANCESTORS), which next.config.ts `headers()` would freeze at build time.
 *
 * Documents get a fresh script nonce. Next reads it from the request's Content-Security-Policy header and puts it
 * on its own inline scripts, which is why the policy is forwarded on the request as well as set on the response.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = wantsNonce(request.nextUrl.pathname) ? createNonce() : null;
  const headers = headersFor(nonce);
  let response: NextResponse;
  if (nonce === null) {
    response = NextResponse.next();
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '');
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Case-sensitive, like Next's routes: /API/tle is not an API route (it renders the 404 document) and keeps the proxy.
  // The compatible APIs (/v1/..., /iss-now.json, /iss-pass.json) are route handlers with the same headers.
  matcher: ['/((?!api(?:/|$)|v1(?:/|$)|iss-now\\.json$|iss-pass\\.json$).*)'],
};
