import { apiWordsFor } from '@/server/api/api-words';
import { notFound } from '@/server/api/responses';

export const dynamic = 'force-dynamic';

/**
 * Any other path under /api/, with any method: a JSON 404 with the security headers. proxy.ts does not run for
 * /api/, so without this route Next would answer with its HTML not-found document, with no CSP and no nonce.
 */
const answer = (request: Request): Response =>
  notFound(new URL(request.url).pathname.slice(0, 200), apiWordsFor(request));

export { answer as DELETE, answer as GET, answer as OPTIONS, answer as PATCH, answer as POST, answer as PUT };
