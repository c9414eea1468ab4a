import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/site/site-header';
import { API_GROUPS } from '@/content/api-endpoints';
import { LOCALES } from '@/lib/i18n/locales';
import styles from './page.module.css';

/** API_RATE_LIMIT's default (server/http/rate-limit.mjs), as the page states it. */
const DEFAULT_RATE_PER_SECOND = 10;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('developers');
  const brand = (await getTranslations('common'))('brand');
  return { title: `${t('title')} · ${brand}`, description: t('meta.description') };
}

/** A Host header fit to show in an example (anything odd is replaced, never echoed). */
function exampleOrigin(host: string | null, proto: string | null): string {
  const safeHost = host !== null && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/.test(host) ? host : 'localhost:3000';
  return `${proto === 'https' ? 'https' : 'http'}://${safeHost}`;
}

export default async function DevelopersPage() {
  const h = await headers();
  const origin = exampleOrigin(h.get('host'), h.get('x-forwarded-proto'));
  const t = await getTranslations('developers');
  const code = (chunks: ReactNode) => <code>{chunks}</code>;
  return (
    <div className={styles.page}>
      <SiteHeader />
      <main className={styles.main}>
        <h1 className={styles.title}>{t('title')}</h1>
        <p className={styles.lead}>
          {t.rich('lead', {
            rate: DEFAULT_RATE_PER_SECOND,
            link: (chunks) => <a href="/api/openapi.json">{chunks}</a>,
            code,
          })}
        </p>
        <p className={styles.lead}>{t.rich('languages', { languages: LOCALES.join(', '), code })}</p>
        {API_GROUPS.map((group) => (
          <section key={group.id} className={styles.group} aria-labelledby={`api-${group.id}`}>
            {/* Names of services, the same in every language. */}
            <h2 id={`api-${group.id}`}>{group.title}</h2>
            <p className={styles.note}>{t(`groups.${group.id}`, { sample: group.sample ?? '' })}</p>
            <ul className={styles.list}>
              {group.endpoints.map((endpoint) => (
                <li key={endpoint.example} className={styles.item}>
                  <p className={styles.summary}>
                    <code>GET {endpoint.example.split('?')[0]}</code>:{' '}
                    {t(`endpoints.${endpoint.id}`, { sample: endpoint.sample ?? '' })}
                  </p>
                  {endpoint.original && <p className={styles.original}>{t('standsIn', { url: endpoint.original })}</p>}
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
