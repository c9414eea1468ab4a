import { NextResponse, type NextRequest } from 'next/server';
import { createNonce } from '@/server/security/csp';
import { headersFor, wantsNonce } from '@/server/security/headers';
import { requestLocale } from '@/lib/i18n/negotiate';
import { localeOf } from '@/lib/i18n/locales';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, LOCALE_HEADER } from '@/app-logic/i18n/locale-cookie';

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
 *
 * Documents also get their language here (lang= in the address, the remembered choice, Accept-Language), passed
 * on as a request header: server/i18n/request.ts cannot see the address's query.
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
    const langParam = localeOf(request.nextUrl.searchParams.get('lang'));
    const locale = requestLocale({
      langParam,
      remembered: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get('accept-language'),
    });
    requestHeaders.set(LOCALE_HEADER, locale);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set('Content-Language', locale);
    // lang= is a choice too (a display's link, a link someone shared in their language): remember it, so the
    // next page the visitor opens from here is in the same language.
    if (langParam !== null && langParam === locale && request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
      response.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: LOCALE_COOKIE_MAX_AGE_S, sameSite: 'lax' });
    }
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Case-sensitive, like Next's routes: /API/tle is not an API route (it renders the 404 document) and keeps the proxy.
  // The compatible APIs (/v1/..., /iss-now.json, /iss-pass.json) are route handlers with the same headers.
  matcher: ['/((?!api(?:/|$)|v1(?:/|$)|iss-now\\.json$|iss-pass\\.json$).*)'],
};
