import { type Page } from '@playwright/test';
import de from '../messages/de.json';
import en from '../messages/en.json';
import es from '../messages/es.json';
import fr from '../messages/fr.json';
import ja from '../messages/ja.json';
import { expect, test } from './pinned-clock';

// Every page in every language: the server renders the chosen language (html lang, no English interface words
// left), the browser hydrates it without a mismatch, and nothing overflows at the display sizes or on a phone.
// /display has its own, closer look in display-languages.spec.ts.

type Tree = { [key: string]: string | Tree };
const MESSAGES: Record<string, Tree> = { fr, de, es, ja };

function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
}
/** The words of a set of messages, without ICU arguments, markup or plural syntax. */
function wordsOf(messages: string[]): Set<string> {
  const text = messages
    .join(' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<\/?\w+>/g, ' ');
  return new Set((text.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []).map((w) => w.toLowerCase()));
}

const ENGLISH = wordsOf(strings(en));
// Names and codes that are the same in every language, and words a place name on the page may contain.
const NAMES = new Set(['orbit', 'watch', 'iss', 'sgp4', 'tle', 'tles', 'utc', 'celestrak', 'gmt', 'bst', 'london']);

/**
 * The page's words as a reader meets them: without code (API paths, parameters and samples are the same in every
 * language), the language menu (each language's name is written in that language) and the basemap's credit.
 */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of Array.from(body.querySelectorAll('code, pre, kbd, samp, select, script, style'))) el.remove();
    return (body.innerText || body.textContent || '')
      .replace(/https?:\/\/\S+|\b[\w-]+\.(org|at|com)\b/g, ' ')
      .replace(/Natural Earth|Open Notify/g, ' ');
  });
}

/** English interface words on the page that the page's language does not use itself. */
function englishLeft(text: string, locale: string): string[] {
  const own = wordsOf(strings(MESSAGES[locale] ?? {}));
  const suspects = [...ENGLISH].filter((w) => w.length >= 4 && !own.has(w) && !NAMES.has(w));
  const onPage = wordsOf([text]);
  return suspects.filter((w) => onPage.has(w));
}

const LONDON = 'lat=51.5074&lon=-0.1278&name=London';
const PAGES = [
  { path: `/?x=1`, ready: 'station-marker' },
  { path: `/passes?${LONDON}`, ready: 'pass-detail' },
  { path: `/developers?x=1`, ready: null },
] as const;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/** Elements whose text runs out of their box, and any sideways scrolling of the page itself. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) out.push(`page ${doc.scrollWidth}px wide in ${window.innerWidth}px`);
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.leaflet-container')) continue;
      // Screen-reader-only text is clipped to a pixel on purpose.
      if (el.closest('[aria-hidden="true"]') || el.clientWidth <= 2 || el.clientHeight <= 2) continue;
      const hasText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!hasText) continue;
      // Text wider than its box, or than the box around it (a button sized to its text in a narrow cell): cut off
      // (overflow hidden/clip) or spilling over its neighbours (visible).
      for (const box of [el, el.parentElement]) {
        if (!box || box === document.body) continue;
        const boxStyle = getComputedStyle(box);
        if (boxStyle.overflowX === 'auto' || boxStyle.overflowX === 'scroll') continue;
        if (box.scrollWidth > box.clientWidth + 2) {
          out.push(`${box.tagName.toLowerCase()}.${box.className} "${(box.textContent ?? '').trim().slice(0, 40)}"`);
          break;
        }
      }
    }
    return out;
  });
}

for (const locale of ['fr', 'de', 'es', 'ja']) {
  for (const { path, ready } of PAGES) {
    const url = `${path}&lang=${locale}`;
    test(`${url}: in ${locale} from the server, no English left, hydrated cleanly, fits every screen`, async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(url);
      if (ready) await expect(page.getByTestId(ready).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      expect(englishLeft(await readableText(page), locale)).toEqual([]);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.waitForTimeout(150);
        expect(await overflowing(page), `${size.width}x${size.height}`).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  }
}

test('the language switch changes the page and is remembered', async ({ page }) => {
  await page.goto('/passes');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('navigation', { name: 'Bereiche' })).toBeVisible();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('a language picked before the page has come to life is taken once it does', async ({ page }) => {
  // The page is shown before its scripts run (server/http/paint-first.mjs): hold them until the choice is made.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/passes', { waitUntil: 'domcontentloaded' });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  release();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
});

test("Accept-Language picks a first visit's language; lang= outranks it", async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/passes');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.goto('/passes?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await context.close();
});

test('a French page subscribes to a French calendar, and downloads one', async ({ page }) => {
  await page.goto(`/passes?${LONDON}&t=2026-10-09T19:42:49Z&speed=0&lang=fr`);
  await expect(page.getByTestId('pass-detail')).toBeVisible();
  await page.getByTestId('subscribe').locator('summary').click();
  const href = (await page.getByTestId('subscribe-link').getAttribute('href'))!;
  const params = new URL(href.replace(/^webcal:/, 'http:')).searchParams;
  expect(params.get('lang')).toBe('fr');
  params.set('from', '2026-10-09T19:42:49Z');
  const feed = await (await page.request.get(`/api/passes.ics?${params.toString()}`)).text();
  expect(feed).toMatch(/^X-WR-CALNAME:ISS.* : passages au-dessus de London/m);
  expect(feed).toMatch(/^SUMMARY:Passage visible ISS .* : max\. \d+°\\, de [NESO]+ à [NESO]+/m);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics-one').click()]);
  const file = await download.path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^SUMMARY:Passage (visible )?ISS .* : max\. \d+°/m);
  expect(text).toMatch(/^DESCRIPTION:Lever à \d\d:\d\d:\d\d UTC direction /m);
  expect(text).not.toMatch(/\bRise\b|\bvisible pass\b/);
});
