import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './pinned-clock';
import { LOCALES, type Locale } from '../lib/i18n/locales';

/**
 * /display in every language at the screen sizes it is set up on: everything fits its card and the screen (German
 * is the longest, Japanese breaks lines its own way), the page says its language, hydration is clean, and no English
 * display wording is left on a page in another language. The clock is pinned (e2e/pinned-clock.ts): the London
 * venue's next pass, the light and the region are the same on every run.
 */

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;
const LONDON = 'lat=51.5074&lon=-0.1278&name=London';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));

/**
 * The plain wording of the English display messages: every run of text between {arguments} and <tags> with two
 * words or more ("Next visible pass", "still predicting from the elements held"). Single words ("Latitude",
 * "Status") may be the same in another language.
 */
const ENGLISH_PHRASES = [
  ...new Set(
    leaves(
      (JSON.parse(readFileSync(join(__dirname, '..', 'messages', 'en.json'), 'utf8')) as { display: Tree }).display,
    )
      .flatMap((message) => message.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/))
      .map((part) => part.trim().replace(/^[·:;,.\s]+|[·:;,.\s]+$/g, ''))
      .filter((part) => (part.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2),
  ),
];

/** Opens the screen once and collects what a broken hydration would say. */
async function openDisplay(page: Page, query: string, size: { width: number; height: number }) {
  const hydration: string[] = [];
  page.on('console', (message) => {
    if (/hydrat/i.test(message.text())) hydration.push(message.text().slice(0, 300));
  });
  page.on('pageerror', (error) => {
    if (/hydrat/i.test(error.message)) hydration.push(error.message.slice(0, 300));
  });
  await page.setViewportSize(size);
  await page.goto(`/display?${query}`);
  await expect(page.getByTestId('station-marker')).toBeVisible();
  // The region under the station is the last text to arrive (the basemap): wait for it, the layout is final then.
  await expect(page.getByTestId('region')).not.toHaveText('…');
  return hydration;
}

/**
 * Everything of the display's own that does not fit: the document wider or taller than the screen, a card outside
 * the screen or scrolling, an element sticking out of its card, an element whose content is wider or taller than
 * its box (a nowrap line running over, an ellipsis cutting a word). The map's inside and the story panels' inside
 * are left out (the map draws past its edges by design; the panels fit themselves, e2e/display.spec.ts).
 */
function offenders(): string[] {
  const out: string[] = [];
  const describe = (el: Element) =>
    `${
      (el as HTMLElement).dataset?.testid ??
      `${el.tagName.toLowerCase()}.${
        String(el.getAttribute('class') ?? '')
          .split('__')
          .pop() ?? ''
      }`
    } "${(el.textContent ?? '').trim().slice(0, 50)}"`;
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth || doc.scrollHeight > doc.clientHeight) {
    out.push(`document ${doc.scrollWidth}x${doc.scrollHeight} > ${doc.clientWidth}x${doc.clientHeight}`);
  }
  const root = document.querySelector('[data-testid="display"]');
  if (!root) return ['no display'];
  const cards = [
    ...['display-map', 'display-clocks', 'display-telemetry', 'display-next-pass', 'display-panels'].map((id) =>
      root.querySelector<HTMLElement>(`[data-testid="${id}"]`),
    ),
    root.querySelector<HTMLElement>(':scope > div > footer'),
  ].filter((card): card is HTMLElement => card !== null && card.getClientRects().length > 0);
  for (const card of cards) {
    const box = card.getBoundingClientRect();
    if (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) {
      out.push(`${describe(card)} outside the screen`);
    }
    if (card.scrollWidth > card.clientWidth + 1 || card.scrollHeight > card.clientHeight + 1) {
      out.push(`${describe(card)} ${card.scrollWidth}x${card.scrollHeight} > ${card.clientWidth}x${card.clientHeight}`);
    }
    const testid = card.dataset.testid;
    if (testid === 'display-map' || testid === 'display-panels') continue;
    for (const el of card.querySelectorAll('*')) {
      if (el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        out.push(`${describe(el)} sticks out of ${describe(card)}`);
      }
      if (el instanceof HTMLElement && el.clientWidth > 0) {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
          out.push(`${describe(el)} ${el.scrollWidth}x${el.scrollHeight} > ${el.clientWidth}x${el.clientHeight}`);
        }
      }
    }
  }
  return out;
}

/** The display's own words on the page: its cards' text (as written, not as upper-cased by the styles), its labels
 * for assistive technology, the title. */
function displayWords(): string {
  const root = document.querySelector('[data-testid="display"]');
  if (!root) return '';
  const outsidePanels = (el: Element) => el.closest('[data-slide]') === null;
  const texts = [
    ...root.querySelectorAll<HTMLElement>('[data-testid="display"] > div > :not([data-testid="display-panels"])'),
  ]
    .filter(outsidePanels)
    .map((el) => el.textContent ?? '');
  const labels = [...root.querySelectorAll('[aria-label]')]
    .filter(outsidePanels)
    .map((el) => el.getAttribute('aria-label'));
  return [document.title, ...texts, ...labels].join('\n');
}

async function expectFitsAndSpeaks(page: Page, locale: Locale, hydration: string[]) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  expect(await page.evaluate(offenders), 'elements that do not fit').toEqual([]);
  expect(hydration, 'no hydration error').toEqual([]);
  const words = await page.evaluate(displayWords);
  if (locale === 'en') {
    expect(words).toContain('Next visible pass');
  } else {
    expect(
      ENGLISH_PHRASES.filter((phrase) => words.includes(phrase)),
      'English display wording',
    ).toEqual([]);
  }
}

test('the English phrases to look for are found', () => {
  expect(ENGLISH_PHRASES).toContain('Next visible pass');
  expect(ENGLISH_PHRASES.length).toBeGreaterThan(20);
});

for (const locale of LOCALES) {
  test.describe(`/display in ${locale}`, () => {
    for (const size of SIZES) {
      test(`at ${size.width}x${size.height} with a venue: fits, in ${locale} only`, async ({ page }) => {
        const hydration = await openDisplay(page, `${LONDON}&lang=${locale}`, size);
        await expect(page.getByTestId('pass-upcoming')).toBeVisible();
        await expectFitsAndSpeaks(page, locale, hydration);
      });
    }

    test(`at 390x844 without a venue: fits, in ${locale} only`, async ({ page }) => {
      const hydration = await openDisplay(page, `lang=${locale}`, { width: 390, height: 844 });
      await expect(page.getByTestId('display-next-pass')).toBeVisible();
      await expect(page.getByTestId('pass-upcoming')).toHaveCount(0);
      await expectFitsAndSpeaks(page, locale, hydration);
    });
  });
}
