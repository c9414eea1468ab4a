import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { CONTEXT_PANELS } from '@/content/panels';
import { FLEET } from '@/content/fleet';
import { YEAR_2021_TIMELINE } from '@/content/year-2021';
import { ContextPanels } from './context-panels';
import { ContextStation } from './context-station';

const AT_MS = Date.parse('2025-11-24T06:40:00Z');

describe('context panels markup', () => {
  const html = renderToStaticMarkup(<ContextPanels atMs={AT_MS} />);

  it('renders each registered panel as a section labelled by its own heading', () => {
    for (const panel of CONTEXT_PANELS) {
      expect(html).toContain(`aria-labelledby="${panel.headingId}"`);
      expect(html.match(new RegExp(`id="${panel.headingId}"`, 'g'))?.length).toBe(1);
    }
    expect(html.match(/<section /g)?.length).toBe(CONTEXT_PANELS.length);
  });

  it('shows the station age for the given moment with a machine-readable duration', () => {
    expect(html).toContain('<time dateTime="P9866D" data-testid="station-age">27 years, 4 days</time>');
  });

  it('marks every timeline date and every fleet launch with <time dateTime>', () => {
    for (const event of YEAR_2021_TIMELINE) expect(html).toContain(`dateTime="${event.date}"`);
    for (const member of FLEET) expect(html).toContain(`dateTime="${member.launched}"`);
  });

  it('credits the source in every panel', () => {
    expect(html.match(/Thomas Pesquet’s photo of the ISS/g)?.length).toBe(CONTEXT_PANELS.length);
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/<img|<link|<script|src=|https?:\/\//);
  });

  it('accepts a heading id override', () => {
    const one = renderToStaticMarkup(<ContextStation atMs={AT_MS} headingId="side-station" />);
    expect(one).toContain('aria-labelledby="side-station"');
    expect(one).toContain('id="side-station"');
  });
});
