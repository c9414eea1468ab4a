import { describe, expect, it } from 'vitest';
import { EN, EN_ICS } from '@/test-support/i18n/speech';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { withIntl } from '@/test-support/i18n/intl';
import { ClockProvider } from '@/components/clock/clock-context';
import { findPasses, passPath, passesToIcs } from '@/lib/passes';
import { passPrediction } from '@/lib/passes/predictability';
import { REFERENCE_TLE, referenceSatrec } from '@/test-support/passes';
import { parseTleText } from '@/lib/tle';
import { PassTable } from './pass-table';
import { SkyChart } from './sky-chart';
import { makeTimeFormat } from './time-format';

const satrec = referenceSatrec();
const tle = parseTleText(REFERENCE_TLE)[0]!;
const london = { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0, name: 'London' };
const fromMs = Date.parse('2026-10-09T19:42:49.139Z');
const passes = findPasses(satrec, london, { fromMs, toMs: fromMs + 10 * 86_400_000 });
const format = makeTimeFormat('en', 'UTC');
/** Markup as the page renders it at `atMs` (the table's "now" marks read the shown time). */
const renderAt = (node: ReactNode, atMs = fromMs) =>
  renderToStaticMarkup(
    withIntl(
      <ClockProvider startMs={atMs} speed={0} renderedAtMs={atMs}>
        {node}
      </ClockProvider>,
    ),
  );
// London's visible passes in this window are at dawn: the station comes out of the Earth's shadow mid-pass.
const visible = passes.find((p) => p.visible && p.visibleStart && p.visibleStart.atMs > p.rise.atMs + 60_000)!;
// Sydney's first one is at dusk: it vanishes into the shadow before it sets.
const sydney = { latitudeDeg: -33.8688, longitudeDeg: 151.2093, heightM: 0 };
const dusk = findPasses(satrec, sydney, { fromMs, toMs: fromMs + 2 * 86_400_000 }).find(
  (p) => p.visibleEnd && p.visibleEnd.atMs < p.set.atMs - 1000,
)!;

describe('sky chart markup', () => {
  const html = renderToStaticMarkup(
    withIntl(<SkyChart pass={visible} path={passPath(satrec, london, visible, 5)} format={format} />),
  );

  it('draws the horizon, 30 and 60 degree rings, the four cardinal points and a labelled image', () => {
    expect(html).toMatch(/role="img" aria-label="Sky chart of the pass: rises in the [NESW]{1,3}, highest \d+° in the/);
    expect(html.match(/<circle[^>]*r="122"/g)?.length).toBe(2); // sky disc and horizon ring
    expect(html).toContain('>30°<');
    expect(html).toContain('>60°<');
    for (const c of ['N', 'E', 'S', 'W']) expect(html).toContain(`>${c}</text>`);
  });

  it('marks appear and vanish, the direction of motion, and draws the shadowed part dashed', () => {
    expect(html).toContain('data-testid="sky-appear"');
    expect(html).toContain('data-testid="sky-vanish"');
    expect(html).toContain('data-testid="sky-arrow"');
    expect(html).toContain('data-kind="visible"');
    expect(html).toContain('data-kind="shadow"');
    expect(html).toMatch(/Appears <time[^>]*>\d\d:\d\d:\d\d<\/time>, \d+° above [NESW]{1,3} \(\d+°\)/);
    expect(html).toContain(`dateTime="${new Date(visible.visibleStart!.atMs).toISOString()}"`);
  });

  it('says when the station vanishes into the shadow rather than setting', () => {
    const duskHtml = renderToStaticMarkup(
      withIntl(<SkyChart pass={dusk} path={passPath(satrec, sydney, dusk, 5)} format={format} />),
    );
    expect(duskHtml).toContain('Vanishes into the Earth’s shadow');
    expect(duskHtml.indexOf('data-kind="visible"')).toBeLessThan(duskHtml.indexOf('data-kind="shadow"'));
    expect(html).not.toContain('Vanishes into');
  });
});

describe('pass table markup', () => {
  const html = renderAt(
    <PassTable
      passes={passes}
      observer={london}
      format={format}
      selectedRiseMs={visible.rise.atMs}
      onSelect={() => undefined}
    />,
  );
  it('has one row per pass, in time order, with machine-readable times', () => {
    const rises = [...html.matchAll(/data-rise="([^"]+)"/g)].map((m) => m[1]);
    expect(rises).toHaveLength(passes.length);
    expect([...rises].sort()).toEqual(rises);
    expect(html).toContain(`<time dateTime="${new Date(passes[0]!.rise.atMs).toISOString()}"`);
  });
  it('marks visible passes and says why the others cannot be seen', () => {
    expect(html.match(/data-visible="true"/g)?.length).toBe(passes.filter((p) => p.visible).length);
    expect(html).toMatch(/Not visible: daylight/);
    expect(html).toMatch(/mag −\d\.\d/);
    expect(html.match(/aria-pressed="true"/g)?.length).toBe(1);
  });
  it('marks the pass under way, and only that one, "now"', () => {
    const second = passes[1]!;
    expect(html).not.toContain('>now<');
    const during = renderAt(
      <PassTable passes={passes} observer={london} format={format} selectedRiseMs={null} onSelect={() => undefined} />,
      second.rise.atMs + 60_000,
    );
    const nowRows = [...during.matchAll(/data-rise="([^"]+)"(?:(?!data-rise=).)*?>now</gs)].map((m) => m[1]);
    expect(nowRows).toEqual([new Date(second.rise.atMs).toISOString()]);
  });
  it('is not busy when every row is drawn', () => {
    expect(html).not.toContain('aria-busy');
    expect(html).toContain(`data-rows="${passes.length}"`);
  });
});

describe('pass table, first render of a long list', () => {
  const first = renderAt(
    <PassTable
      passes={passes}
      observer={london}
      format={format}
      selectedRiseMs={null}
      onSelect={() => undefined}
      firstRows={12}
    />,
  );
  it('draws the first rows only, says it is busy and how many rows are coming', () => {
    expect(passes.length).toBeGreaterThan(12);
    const rises = [...first.matchAll(/data-rise="([^"]+)"/g)].map((m) => m[1]);
    expect(rises).toEqual(passes.slice(0, 12).map((p) => new Date(p.rise.atMs).toISOString()));
    expect(first).toContain('aria-busy="true"');
    expect(first).toContain(`data-rows="${passes.length}"`);
  });
  it('draws a short list whole at once', () => {
    const short = renderAt(
      <PassTable
        passes={passes.slice(0, 5)}
        observer={london}
        format={format}
        selectedRiseMs={null}
        onSelect={() => undefined}
        firstRows={12}
      />,
    );
    expect(short.match(/data-rise=/g)?.length).toBe(5);
    expect(short).not.toContain('aria-busy');
  });
});

describe('calendar export used by the page', () => {
  it('produces one event per visible pass the elements can predict', () => {
    const visiblePasses = passes.filter((p) => p.visible);
    const ics = passesToIcs(visiblePasses, london, {
      speech: EN,
      words: EN_ICS,
      elements: tle,
      now: fromMs,
      productId: '-//t//t//EN',
      noradId: 25544,
    });
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(
      visiblePasses.filter((p) => passPrediction(tle, p).predictable).length,
    );
  });
});

describe('pass table: a visible part too low to see', () => {
  // Houston, 2026-10-18 09:50Z: Skyfield's visible part climbs only to 3.7 deg (test-support/fixtures/passes-houston.json).
  const houston = { latitudeDeg: 29.7604, longitudeDeg: -95.3698, heightM: 0, name: 'Houston' };
  const low = findPasses(satrec, houston, { fromMs, toMs: fromMs + 10 * 86_400_000 }).find(
    (p) => Math.abs(p.culmination.atMs - Date.parse('2026-10-18T09:50:20Z')) < 120_000,
  )!;
  const html = renderAt(
    <PassTable
      passes={[low]}
      observer={houston}
      format={format}
      selectedRiseMs={null}
      onSelect={() => {}}
      firstRows={12}
    />,
  );

  it('is not counted as visible, and the row says why in plain words', () => {
    expect(low.visibleStart).not.toBeNull();
    expect(low.visible).toBe(false);
    expect(html).toContain('data-visible="false"');
    expect(html).toMatch(/Not visible: lit against a dark sky only up to 4°, too low to see \(counted from 10°\)/);
  });
});

describe('sky chart of a pass whose lit part stays too low', () => {
  const houston = { latitudeDeg: 29.7604, longitudeDeg: -95.3698, heightM: 0 };
  const low = findPasses(satrec, houston, { fromMs, toMs: fromMs + 10 * 86_400_000 }).find(
    (p) => Math.abs(p.culmination.atMs - Date.parse('2026-10-18T09:50:20Z')) < 120_000,
  )!;
  const html = renderToStaticMarkup(
    withIntl(<SkyChart pass={low} path={passPath(satrec, houston, low, 5)} format={format} />),
  );

  it('does not call the low lit part visible', () => {
    expect(html).toContain('lit in a dark sky, but too low to see');
    expect(html).not.toMatch(/<\/span> visible<\/li>/);
  });
});
