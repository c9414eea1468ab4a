import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: 'Orbit Watch: where the ISS is now',
  description: 'Live position, ground track, passes and the story of the International Space Station.',
};

export const viewport: Viewport = {
  themeColor: '#070b14',
  colorScheme: 'dark',
};

// Every document is rendered per request: proxy.ts gives each a CSP script nonce, which a page prerendered at
// build time (the 404 page, any page without searchParams) could not carry, so its scripts would be blocked.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
