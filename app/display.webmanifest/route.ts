import { DISPLAY_MANIFEST, MANIFEST_CONTENT_TYPE } from '@/server/site/web-manifest';

/** /display's own manifest: full screen, opens at the display. */
export function GET(): Response {
  return new Response(JSON.stringify(DISPLAY_MANIFEST), { headers: { 'Content-Type': MANIFEST_CONTENT_TYPE } });
}
