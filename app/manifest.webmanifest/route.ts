import { SITE_MANIFEST, MANIFEST_CONTENT_TYPE } from '@/server/site/web-manifest';

/** The site's web app manifest (prerendered at build time: it depends on nothing at run time). */
export function GET(): Response {
  return new Response(JSON.stringify(SITE_MANIFEST), { headers: { 'Content-Type': MANIFEST_CONTENT_TYPE } });
}
