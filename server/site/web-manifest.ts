/**
 * The web app manifests (content, typed), served by app/manifest.webmanifest and app/display.webmanifest. The site
 * installs as a standalone app; /display has its own, full screen, which a kiosk or a phone added to the home screen
 * opens at the display. Icons: the SVG for browsers that take one, PNGs at the sizes Chromium, Android and iOS ask
 * for (public/icons/, made from app/icon.svg by scripts/build-icons.ts).
 */

export const THEME_COLOUR = '#070b14';

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png' | 'image/svg+xml';
  purpose?: 'any' | 'maskable';
}

export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: 'standalone' | 'fullscreen';
  display_override?: ReadonlyArray<'fullscreen' | 'standalone' | 'minimal-ui'>;
  orientation?: 'any' | 'landscape';
  background_color: string;
  theme_color: string;
  icons: readonly ManifestIcon[];
}

export const MANIFEST_ICONS: readonly ManifestIcon[] = [
  { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/**
 * The PNGs scripts/build-icons.ts renders, by path from the project root. The 180 px apple-touch-icon is Next's
 * `app/apple-icon.png` file convention (setting metadata.icons instead would drop the SVG favicon's link).
 */
export const PNG_ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/maskable-512.png', size: 512, maskable: true },
  { file: 'app/apple-icon.png', size: 180, maskable: true },
] as const;

export const SITE_MANIFEST: WebAppManifest = {
  id: '/',
  name: 'Orbit Watch',
  short_name: 'Orbit Watch',
  description: 'Where the International Space Station is now, where it goes next, and when you can see it.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: THEME_COLOUR,
  theme_color: THEME_COLOUR,
  icons: MANIFEST_ICONS,
};

export const DISPLAY_MANIFEST: WebAppManifest = {
  id: '/display',
  name: 'Orbit Watch display',
  short_name: 'ISS display',
  description: 'The ISS live, full screen, for a screen in a hall.',
  start_url: '/display',
  scope: '/display',
  // Where the platform does not offer fullscreen to an installed app, it falls back to standalone.
  display: 'fullscreen',
  display_override: ['fullscreen', 'standalone'],
  orientation: 'any',
  background_color: THEME_COLOUR,
  theme_color: THEME_COLOUR,
  icons: MANIFEST_ICONS,
};

export const MANIFEST_CONTENT_TYPE = 'application/manifest+json';
