import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { clientMessages } from '@/server/i18n/client-messages';
import { ServiceWorkerRegistration } from '@/components/site/service-worker-registration';
import { THEME_COLOUR } from '@/server/site/web-manifest';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.meta');
  return { ...metadata, title: t('title'), description: t('description') };
}

const metadata: Metadata = {
  // Installable (server/site/web-manifest.ts; the apple-touch-icon is app/apple-icon.png); iOS reads its own tags for
  // "Add to Home Screen".
  manifest: '/manifest.webmanifest',
  appleWebApp: { capable: true, title: 'Orbit Watch', statusBarStyle: 'black-translucent' },
};

export const viewport: Viewport = {
  themeColor: THEME_COLOUR,
  colorScheme: 'dark',
};

// Every document is rendered per request: proxy.ts gives each a CSP script nonce, which a page prerendered at
// build time (the 404 page, any page without searchParams) could not carry, so its scripts would be blocked.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const locale = await getLocale();
  const messages = clientMessages(await getMessages());
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
