import { frameAncestorsDirective, getServerConfig, type LoadedConfig } from '@/server/config';
import { securityHeaders, tileSourceFromTemplate } from '@/server/security/csp';

// No `import 'server-only'`: proxy.ts imports this, and it holds nothing secret (see server/config.ts).

export interface SecurityContext {
  tileSource: string | null;
  frameAncestors: string;
  development: boolean;
}

/** What the headers depend on, read from the validated operator configuration. */
export function securityContext(loaded: LoadedConfig, nodeEnv: string | undefined): SecurityContext {
  const { tileUrl } = loaded.config;
  return {
    tileSource: tileUrl === null ? null : tileSourceFromTemplate(tileUrl),
    frameAncestors: frameAncestorsDirective(loaded),
    development: nodeEnv === 'development',
  };
}

let cached: SecurityContext | null = null;

/** The process-wide context (configuration is read once per process). */
export function currentSecurityContext(): SecurityContext {
  cached ??= securityContext(getServerConfig(), process.env.NODE_ENV);
  return cached;
}

/**
 * Requests answered with a document, which need a per-request script nonce: everything except the API, Next's
 * build output and files with an extension (public/: basemap, gazetteer, icons).
 */
export function wantsNonce(pathname: string): boolean {
  if (pathname.startsWith('/api/') || pathname === '/api') return false;
  if (pathname.startsWith('/_next/static/') || pathname.startsWith('/_next/image')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !/\.[a-z0-9]+$/i.test(last);
}

let withoutNonce: { context: SecurityContext; headers: Readonly<Record<string, string>> } | null = null;

/** The headers for one response (the nonce-less set, sent with every API answer and file, is built once). */
export function headersFor(
  nonce: string | null,
  context: SecurityContext = currentSecurityContext(),
): Readonly<Record<string, string>> {
  if (nonce !== null) return securityHeaders({ nonce, ...context });
  if (withoutNonce?.context !== context)
    withoutNonce = { context, headers: Object.freeze(securityHeaders({ nonce, ...context })) };
  return withoutNonce.headers;
}
