import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISPLAY_MANIFEST, MANIFEST_ICONS, PNG_ICONS, SITE_MANIFEST } from './web-manifest';

const root = join(__dirname, '..', '..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('web app manifests', () => {
  it('make the site installable: name, start URL, standalone, theme colour, 192 and 512 px icons', () => {
    expect(SITE_MANIFEST).toMatchObject({
      name: 'Orbit Watch',
      start_url: '/',
      display: 'standalone',
      theme_color: '#070b14',
    });
    const sizes = SITE_MANIFEST.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(SITE_MANIFEST.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(SITE_MANIFEST.icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
  });

  it('open /display full screen, within its own scope', () => {
    expect(DISPLAY_MANIFEST).toMatchObject({ start_url: '/display', scope: '/display', display: 'fullscreen' });
    expect(DISPLAY_MANIFEST.id).not.toBe(SITE_MANIFEST.id);
  });

  it('name icon files that exist, at the sizes they claim', () => {
    for (const icon of MANIFEST_ICONS) {
      const file = join(root, 'public', icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === 'image/png') expect(pngSize(file).join('x')).toBe(icon.sizes);
    }
    for (const icon of PNG_ICONS) expect(pngSize(join(root, icon.file))).toEqual([icon.size, icon.size]);
  });

  it('use the same logo as the favicon', () => {
    expect(readFileSync(join(root, 'public', 'icons', 'icon.svg'), 'utf8')).toBe(
      readFileSync(join(root, 'app', 'icon.svg'), 'utf8'),
    );
  });
});
