import { wtiaErrorResponse } from '@/server/api/compat-responses';

export const dynamic = 'force-dynamic';

/** Any other path under /v1, with any method: wheretheiss.at's JSON 404 (never Next's HTML page). */
const answer = (): Response => wtiaErrorResponse(404, 'not found');

export { answer as DELETE, answer as GET, answer as OPTIONS, answer as PATCH, answer as POST, answer as PUT };
