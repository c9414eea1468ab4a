/**
 * Renders the PNG icons of the web app manifest from app/icon.svg with the Chromium the tests use (no image library
 * needed): `npx tsx scripts/build-icons.ts`. The PNGs are committed (a few KB, they change only with the logo), so a
 * build needs no browser. public/icons/icon.svg is the same file as app/icon.svg; a unit test keeps them equal.
 * Maskable icons keep the logo inside the central 80 % safe zone on a full-bleed background.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../e2e/chromium';
import { PNG_ICONS, THEME_COLOUR } from '../server/site/web-manifest';

const root = join(__dirname, '..');
const svg = readFileSync(join(root, 'app', 'icon.svg'), 'utf8');
async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const icon of PNG_ICONS) {
      const inner = icon.maskable ? Math.round(icon.size * 0.72) : icon.size;
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:flex;align-items:center;justify-content:center;background:${icon.maskable ? THEME_COLOUR : 'transparent'}">` +
          `<img width="${inner}" height="${inner}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
      );
      await page.screenshot({ path: join(root, icon.file), omitBackground: !icon.maskable });
      console.log(`${icon.file} (${icon.size} px)`);
    }
  } finally {
    await browser.close();
  }
}

void main();
