// Headless Chromium for the page figures: Debian's /usr/bin/chromium (or CHROMIUM_PATH) with the flags the
// end-to-end tests use, driven by Playwright.
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../../e2e/chromium';

export { CHROMIUM_FLAGS };

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error('No Chromium: install Debian chromium or set CHROMIUM_PATH (or BENCH_SKIP_PAGES=1).');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** Desktop viewport of the e2e suite (Playwright's Desktop Chrome at 1440 x 900). */
export const VIEWPORT = { width: 1440, height: 900 };

/** Page status without a browser: a 404 page is skipped with a note rather than measured. */
export async function pageStatus(baseUrl: string, page: string): Promise<number> {
  const res = await fetch(`${baseUrl}${page}`);
  await res.arrayBuffer();
  return res.status;
}
