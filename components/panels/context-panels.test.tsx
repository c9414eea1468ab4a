import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import ja from '@/messages/ja.json';
import { formatIsoDate } from '@/content/dates';
import { CONTEXT_PANELS } from '@/content/panels';
import { FLEET } from '@/content/fleet';
import { FIRST_MODULE } from '@/content/station';
import { wordRuns } from '@/content/word-runs';
import { YEAR_2021_TIMELINE } from '@/content/year-2021';
import { ContextPanel } from './context-panel';
import { ContextPanels } from './context-panels';
import { ContextStation } from './context-station';

const MESSAGES = { en, fr, de, es, ja } satisfies Record<Locale, unknown>;
const AT_MS = Date.parse('2025-11-24T06:40:00Z');

/** As app/layout.tsx provides it, with the zone server/i18n/request.ts sets. */
function render(locale: Locale, node: ReactNode): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
}

/** What a reader sees: the markup's text, tags as breaks. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('context panels markup', () => {
  const html = render('en', <ContextPanels atMs={AT_MS} />);

  it('renders each registered panel as a section labelled by its own heading', () => {
    for (const panel of CONTEXT_PANELS) {
      expect(html).toContain(`aria-labelledby="${panel.headingId}"`);
      expect(html.match(new RegExp(`id="${panel.headingId}"`, 'g'))?.length).toBe(1);
    }
    expect(html.match(/<section /g)?.length).toBe(CONTEXT_PANELS.length);
    for (const title of ['The station', 'The station in 2021', 'Other explorers'])
      expect(html).toContain(`>${title}</h2>`);
  });

  it('shows the station age for the given moment with a machine-readable duration', () => {
    expect(html).toContain('<time dateTime="P9866D" data-testid="station-age">27 years, 4 days</time>');
  });

  it('marks every timeline date and every fleet launch with <time dateTime>', () => {
    for (const event of YEAR_2021_TIMELINE) expect(html).toContain(`dateTime="${event.date}"`);
    for (const member of FLEET) expect(html).toContain(`dateTime="${member.launched}"`);
    expect(html).toContain(`<time dateTime="${FIRST_MODULE.launchedAt}">November 20, 1998</time>`);
  });

  it('lays out a list body as a list and running text as paragraphs', () => {
    expect(html).toMatch(/<ul class="[^"]*points[^"]*"><li>Crews from partner nations/);
    expect(html).toContain('<p>ESA shared the image on its blog.</p>');
  });

  it('credits the source in every panel', () => {
    expect(html.match(/Thomas Pesquet’s photo of the ISS/g)?.length).toBe(CONTEXT_PANELS.length);
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/<img|<link|<script|src=|https?:\/\//);
  });

  it('accepts a heading id override', () => {
    const one = render('en', <ContextStation atMs={AT_MS} headingId="side-station" />);
    expect(one).toContain('aria-labelledby="side-station"');
    expect(one).toContain('id="side-station"');
  });
});

/** The station's age in each language, written out by hand: the plural forms are the point. */
const AGE: Record<Locale, { at: string; years: string }[]> = {
  en: [
    { at: '2025-11-24T06:40:00Z', years: '27 years, 4 days' },
    { at: '1999-11-21T06:40:00Z', years: '1 year, 1 day' },
  ],
  fr: [
    { at: '2025-11-24T06:40:00Z', years: '27 ans et 4 jours' },
    { at: '1999-11-21T06:40:00Z', years: '1 an et 1 jour' },
  ],
  de: [
    { at: '2025-11-24T06:40:00Z', years: '27 Jahre, 4 Tage' },
    { at: '1999-11-21T06:40:00Z', years: '1 Jahr, 1 Tag' },
  ],
  es: [
    { at: '2025-11-24T06:40:00Z', years: '27 años y 4 días' },
    { at: '1999-11-21T06:40:00Z', years: '1 año y 1 día' },
  ],
  ja: [
    { at: '2025-11-24T06:40:00Z', years: '27年と4日' },
    { at: '1999-11-21T06:40:00Z', years: '1年と1日' },
  ],
};

describe.each(LOCALES)('context panels in %s', (locale) => {
  const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const panels = CONTEXT_PANELS.map((panel) => ({
    id: panel.id,
    english: textOf(render('en', <ContextPanel id={panel.id} atMs={AT_MS} />)),
    html: render(locale, <ContextPanel id={panel.id} atMs={AT_MS} />),
  }));

  it('prints the station’s age with this language’s plurals', () => {
    for (const { at, years } of AGE[locale]) {
      const html = render(locale, <ContextStation atMs={Date.parse(at)} />);
      expect(html).toMatch(new RegExp(`data-testid="station-age">${years}</time>`));
    }
  });

  it('writes the facts’ dates and numbers in this language’s format', () => {
    const [station, year2021, fleet] = panels.map((p) => textOf(p.html));
    // Zarya's launch, in the facts box and in the first section's sentence.
    expect(station?.split(longDate.format(Date.UTC(1998, 10, 20))).length).toBe(3);
    for (const event of YEAR_2021_TIMELINE) expect(year2021).toContain(formatIsoDate(event.date, locale));
    // "over 20 years" of hardware in space.
    expect(year2021).toMatch(/\D20\D/);
    for (const member of FLEET) {
      expect(fleet).toContain(formatIsoDate(member.launched, locale));
      for (const milestone of member.milestones) expect(fleet).toContain(formatIsoDate(milestone.date, locale));
    }
    // Webb: about 1.5 million km from Earth ("1,5 Millionen", "150万"), and its launch on 25 December 2021.
    expect(fleet).toContain(
      new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(1_500_000),
    );
    expect(fleet).toContain(longDate.format(Date.UTC(2021, 11, 25)));
    // The article's month, in the credit line of each panel.
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const text of [station, year2021, fleet]) expect(text).toContain(month.format(Date.UTC(2021, 10, 1)));
  });

  it('joins the agencies as this language joins a list', () => {
    const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    const webb = MESSAGES[locale].story.fleet.agencies;
    expect(panels[2]?.html).toContain(list.format([webb.nasa, webb.esa, webb.csa]));
  });
});

describe.each(LOCALES.filter((l) => l !== 'en'))('context panels in %s, against English', (locale) => {
  const panels = CONTEXT_PANELS.map((panel) => ({
    id: panel.id,
    english: textOf(render('en', <ContextPanel id={panel.id} atMs={AT_MS} />)),
    html: render(locale, <ContextPanel id={panel.id} atMs={AT_MS} />),
  }));

  it('leaves no English story sentence behind', () => {
    for (const { id, english, html } of panels) {
      const englishRuns = new Set(wordRuns(english, 4));
      expect(
        wordRuns(textOf(html), 4).filter((run) => englishRuns.has(run)),
        id,
      ).toEqual([]);
    }
  });
});
