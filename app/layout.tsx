import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Orbit Watch: where the ISS is now',
  description: 'Live position, ground track, passes and the story of the International Space Station.',
};

export const viewport: Viewport = {
  themeColor: '#0b1220',
  colorScheme: 'dark',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
