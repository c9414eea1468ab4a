/**
 * The Content-Security-Policy and the other security headers, as pure functions of the configuration.
 * proxy.ts (via server/security) applies them to every response; tests check them without a server.
 */

export interface CspOptions {
  /** Per-request nonce for documents; null for API answers and static files, which run no inline script. */
  nonce: string | null;
  /** Origin (or wildcard source) of the raster tile host, or null when the offline basemap is used. */
  tileSource: string | null;
  /** The whole `frame-ancestors ...` directive (from FRAME_ANCESTORS). */
  frameAncestors: string;
  /**
   * `next dev` only: React rebuilds server error stacks with eval and the dev overlay injects <style> elements.
   * Never true in a production build (`next start` sets NODE_ENV=production).
   */
  development: boolean;
}

/** A fresh, unguessable nonce: 128 random bits, base64 (the CSP nonce-source grammar). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const PLACEHOLDER = /\{[^}]*\}/;
const LABEL = /^[a-z0-9-]+$/;

/**
 * The CSP source for a Leaflet tile URL template such as `https://{s}.tile.example.org/{z}/{x}/{y}.png`:
 * its origin, with templated subdomains widened to a `*.` wildcard. Null when no safe source can be derived.
 */
export function tileSourceFromTemplate(template: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!match) return null;
  const scheme = (match[1] ?? '').toLowerCase();
  const authority = (match[2] ?? '').toLowerCase();
  // Credentials in a tile URL: refuse rather than copy them into a response header.
  if (authority.includes('@')) return null;
  const portMatch = /^(.*?)(:\d{1,5})?$/.exec(authority);
  const host = portMatch?.[1] ?? '';
  const port = portMatch?.[2] ?? '';
  if (/^\[[0-9a-f:.]+\]$/.test(host)) return `${scheme}://${host}${port}`;
  const labels = host.split('.');
  const lastTemplated = labels.findLastIndex((label) => PLACEHOLDER.test(label));
  const fixed = labels.slice(lastTemplated + 1);
  if (!fixed.every((label) => LABEL.test(label))) return null;
  if (lastTemplated === -1) return `${scheme}://${fixed.join('.')}${port}`;
  // `{s}.tile.example.org` -> `*.tile.example.org`; a wildcard over a bare TLD (`{s}.org`) would open img-src to
  // half the web, so it is refused.
  if (fixed.length < 2) return null;
  return `${scheme}://*.${fixed.join('.')}${port}`;
}

/** The policy as one header value. */
export function buildContentSecurityPolicy(o: CspOptions): string {
  const nonce = o.nonce === null ? '' : ` 'nonce-${o.nonce}' 'strict-dynamic'`;
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; browsers that know it ignore 'self' here.
    `script-src 'self'${nonce}${o.development ? " 'unsafe-eval'" : ''}`,
    // No inline styles in production: Next links its CSS files, and React, Next and Leaflet set styles at run time
    // through the CSSOM (element.style), which CSP does not govern. The one exception carries the document's nonce:
    // the server's picture of the map places itself with a few numbers in a <style> element (map-picture.tsx),
    // before any script runs. Style attributes stay refused. The e2e test watches for violations.
    `style-src 'self'${o.nonce === null ? '' : ` 'nonce-${o.nonce}'`}${o.development ? " 'unsafe-inline'" : ''}`,
    `img-src 'self' data: blob:${o.tileSource === null ? '' : ` ${o.tileSource}`}`,
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js). Without it the fallback is script-src, where 'strict-dynamic' ignores 'self'.
    "worker-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    o.frameAncestors,
    // No upgrade-insecure-requests: display screens are often served over plain http on a LAN, where it would
    // rewrite every same-origin request to an https port nobody listens on.
  ];
  return directives.join('; ');
}

/**
 * Features the app never uses are switched off; geolocation ("passes over me") only for the app's own origin.
 * Only names Chromium knows: an unknown one ("bluetooth") costs a console warning on every page.
 */
export const PERMISSIONS_POLICY = [
  'geolocation=(self)',
  'camera=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'magnetometer=()',
  'gyroscope=()',
  'accelerometer=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

/** Every security header for one response. */
export function securityHeaders(o: CspOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': buildContentSecurityPolicy(o),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // The legacy header cannot express an allow-list, so it is sent only when nobody may frame the pages.
  if (/^frame-ancestors\s+'none'$/.test(o.frameAncestors.trim())) headers['X-Frame-Options'] = 'DENY';
  return headers;
}
