import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { SiteHeader } from '@/components/site/site-header';
import { API_GROUPS } from '@/content/api-endpoints';
import styles from './page.module.css';

export const metadata: Metadata = {
  title: 'API · Orbit Watch',
  description:
    'The ISS position, passes and orbital elements as JSON, and drop-in paths for wheretheiss.at and Open Notify clients.',
};

/** A Host header fit to show in an example (anything odd is replaced, never echoed). */
function exampleOrigin(host: string | null, proto: string | null): string {
  const safeHost = host !== null && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/.test(host) ? host : 'localhost:3000';
  return `${proto === 'https' ? 'https' : 'http'}://${safeHost}`;
}

export default async function DevelopersPage() {
  const h = await headers();
  const origin = exampleOrigin(h.get('host'), h.get('x-forwarded-proto'));
  return (
    <div className={styles.page}>
      <SiteHeader />
      <main className={styles.main}>
        <h1 className={styles.title}>API</h1>
        <p className={styles.lead}>
          Free to use from any web page (CORS open, no key), at up to 10 requests per second per address by default.
          Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). <code>callback=</code>{' '}
          (JSONP) works on the compatible paths.
        </p>
        {API_GROUPS.map((group) => (
          <section key={group.title} className={styles.group} aria-labelledby={`api-${group.title}`}>
            <h2 id={`api-${group.title}`}>{group.title}</h2>
            <p className={styles.note}>{group.note}</p>
            <ul className={styles.list}>
              {group.endpoints.map((endpoint) => (
                <li key={endpoint.example} className={styles.item}>
                  <p className={styles.summary}>
                    <code>GET {endpoint.example.split('?')[0]}</code>: {endpoint.summary}
                  </p>
                  {endpoint.original && <p className={styles.original}>Stands in for {endpoint.original}</p>}
                  <pre className={styles.curl}>{`curl -s '${origin}${endpoint.example}'`}</pre>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </div>
  );
}
