import { NextResponse, type NextRequest } from 'next/server';
import { createNonce } from '@/lib/security/csp';
import { headersFor, wantsNonce } from '@/server/security/headers';

/**
 * Security headers on every response. No `config.matcher` on purpose: without one the proxy runs for pages, API
 * routes, `/_next/static` and `public/` files alike, so no path can slip through a matcher's gaps.
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
