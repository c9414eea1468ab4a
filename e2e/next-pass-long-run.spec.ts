import type { Page } from '@playwright/test';
import { expect, pinnedNowMs, test } from './pinned-clock';
import { trackInFlight } from './helpers';
import { reEpochedIssSets, setServedAt, type ScheduledSet } from './re-epoched-elements';
import { createSatrec } from '../lib/orbit/satrec';
import { findPasses, type Pass } from '../lib/passes';
import { passPrediction } from '../lib/passes/predictability';
import { DEFAULT_PASS_DAYS } from '../lib/passes/window';
import { MS_PER_DAY } from '../lib/units';

/**
 * A page left open for 30 simulated days (issue "structure"): the browser clock is moved on in steps of a little
 * over three hours, /api/tle hands out element sets that follow it (a new one every three days), and after every
 * step the next pass shown must be the one a search from that very moment finds in Node with the same elements,
 * still ahead, and never a stale "no visible pass" while there is one. London has both in these 30 days.
 */
const DAYS = 30;
const STEP_MS = 187 * 60_000; // not a multiple of the orbit (~93 min) nor of the 30-minute refresh
/** The pages search again at least hourly: a pass this close to the window's end may not be in theirs yet. */
const WINDOW_SLACK_MS = 60 * 60_000;
const LONDON = { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0 };
const LONDON_QUERY = 'lat=51.5074&lon=-0.1278&name=London';
const SETS = reEpochedIssSets(11, 3);

/** What a page shows: a pass starting (or rising) at `atMs`, a pass on now, or none. */
type Shown = { kind: 'pass'; atMs: number } | { kind: 'now' } | { kind: 'none' };

interface Run {
  page: Page;
  /** The set the page was last handed. */
  held: () => ScheduledSet;
  /** The browser's shown time. */
  nowMs: () => Promise<number>;
  step: (ms: number) => Promise<void>;
}

/** Serve element sets that follow the page's clock, pause the clock, and move it in steps with the answers in. */
async function openLongRun(page: Page, path: string): Promise<Run> {
  let clockMs = pinnedNowMs();
  let held = SETS[0]!;
  await page.route('**/api/tle', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Record<string, unknown>;
    const set = setServedAt(SETS, clockMs);
    held = set;
    await route.fulfill({
      response,
      json: {
        ...body,
        line1: set.tle.line1,
        line2: set.tle.line2,
        epoch: new Date(set.tle.epochMs).toISOString(),
        ageDays: (clockMs - set.tle.epochMs) / MS_PER_DAY,
      },
    });
  });
  const settle = trackInFlight(page);
  await page.goto(path);
  const nowMs = () => page.evaluate(() => Date.now());
  clockMs = (await nowMs()) + 1_000;
  await page.clock.pauseAt(clockMs);
  return {
    page,
    held: () => held,
    nowMs,
    step: async (ms) => {
      clockMs += ms;
      await page.clock.fastForward(ms - 2_000);
      await settle();
      // Two ticks: the first after the jump (and the elements a refresh brought), then one to render what follows.
      await page.clock.runFor(1_000);
      await settle();
      await page.clock.runFor(1_000);
      await settle();
    },
  };
}

/** Node's answer with the page's elements, from `nowMs` over `days`: the predictable passes, as the pages list them. */
function passesFrom(set: ScheduledSet, nowMs: number, windowMs: number): Pass[] {
  return findPasses(createSatrec(set.tle), LONDON, { fromMs: nowMs, toMs: nowMs + windowMs }).filter(
    (p) => passPrediction(set.tle, p).predictable,
  );
}

/** The next visible pass not over at `nowMs` as a card may show it ("now" while its visible part is on). */
function visibleAnswer(passes: readonly Pass[], nowMs: number): Shown {
  const next = passes.find((p) => p.visible && p.visibleStart && p.visibleEnd && p.visibleEnd.atMs > nowMs);
  if (!next?.visibleStart) return { kind: 'none' };
  return nowMs >= next.visibleStart.atMs ? { kind: 'now' } : { kind: 'pass', atMs: next.visibleStart.atMs };
}

/** What a visible-pass card may show at `nowMs`: the answer over the full window, or over one an hour short. */
function acceptedVisible(set: ScheduledSet, nowMs: number): Shown[] {
  const full = DEFAULT_PASS_DAYS * MS_PER_DAY;
  return [
    visibleAnswer(passesFrom(set, nowMs, full - WINDOW_SLACK_MS), nowMs),
    visibleAnswer(passesFrom(set, nowMs, full), nowMs),
  ];
}

const same = (a: Shown, b: Shown) =>
  a.kind === b.kind && (a.kind !== 'pass' || (b.kind === 'pass' && Math.abs(a.atMs - b.atMs) < 1_000));

const describe = (s: Shown) => (s.kind === 'pass' ? new Date(s.atMs).toISOString() : s.kind);

/** Run the clock through DAYS and check the card after every step; returns how often each kind was shown. */
async function checkEveryStep(
  run: Run,
  read: (page: Page) => Promise<Shown>,
  accepted: (set: ScheduledSet, nowMs: number) => Shown[],
) {
  const seen = { pass: 0, now: 0, none: 0, sets: new Set<string>() };
  const endMs = (await run.nowMs()) + DAYS * MS_PER_DAY;
  for (let nowMs = await run.nowMs(); nowMs < endMs; nowMs = await run.nowMs()) {
    // The expectation follows the set the page was last handed: a refresh whose request the runner had not yet
    // seen when the step settled may land while this waits.
    await expect
      .poll(
        async () => {
          const set = run.held();
          // The page moves on with its 1 Hz tick: what it shows may be the answer at its last tick, up to a second
          // before the paused clock (a pass that rose 0.9 s ago is still "ahead" until the next tick).
          const allowed = [...accepted(set, nowMs), ...accepted(set, nowMs - 1_000)];
          const shown = await read(run.page);
          return allowed.some((a) => same(a, shown))
            ? 'as Node finds'
            : `${describe(shown)}, not ${allowed.map(describe).join(' / ')} (set of ${new Date(set.tle.epochMs).toISOString()})`;
        },
        { message: `at ${new Date(nowMs).toISOString()}`, timeout: 5_000 },
      )
      .toBe('as Node finds');
    const shown = await read(run.page);
    seen[shown.kind] += 1;
    seen.sets.add(run.held().tle.line1);
    await run.step(STEP_MS);
  }
  // The run went through new elements, through passes, and through a stretch with no visible pass in the window.
  expect(seen.sets.size).toBeGreaterThanOrEqual(10);
  return seen;
}

/** A next-visible-pass card through the run: it named passes most of the time, and "none" at least once. */
async function checkVisibleCard(run: Run, read: (page: Page) => Promise<Shown>) {
  const seen = await checkEveryStep(run, read, acceptedVisible);
  expect(seen.pass).toBeGreaterThan(100);
  expect(seen.none).toBeGreaterThan(0);
}

test.describe('a page left open for 30 simulated days', () => {
  test.setTimeout(15 * 60_000);

  test('the live page: the next visible pass is always one still ahead, and "none" only when there is none', async ({
    page,
  }) => {
    await page.addInitScript(
      (observer) => {
        window.localStorage.setItem('orbit-watch:observer:v1', JSON.stringify(observer));
      },
      { ...LONDON, source: 'typed', name: 'London' },
    );
    const run = await openLongRun(page, '/');
    await expect(page.getByTestId('next-visible-pass')).toBeVisible();
    await checkVisibleCard(run, async (p) => {
      const time = p.getByTestId('next-visible-time');
      if ((await time.count()) === 0) return { kind: 'none' };
      const atMs = Date.parse((await time.getAttribute('datetime')) ?? '');
      const now = (await p.getByTestId('next-visible-pass').textContent())?.includes('Visible now');
      return now ? { kind: 'now' } : { kind: 'pass', atMs };
    });
  });

  test('/display: the venue card counts down to a pass still ahead, and says "none" only when there is none', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const run = await openLongRun(page, `/display?${LONDON_QUERY}&tz=Europe/London`);
    await expect(page.getByTestId('display-next-pass')).toBeVisible();
    await checkVisibleCard(run, async (p) => {
      if (await p.getByTestId('pass-now').count()) return { kind: 'now' };
      if (await p.getByTestId('pass-none').count()) return { kind: 'none' };
      const time = p.getByTestId('pass-upcoming').locator('time');
      if ((await time.count()) === 0) return { kind: 'none' };
      return { kind: 'pass', atMs: Date.parse((await time.getAttribute('datetime')) ?? '') };
    });
  });

  test('/passes: the next pass and the list start at the pass still ahead', async ({ page }) => {
    const run = await openLongRun(page, `/passes?${LONDON_QUERY}`);
    await expect(page.getByTestId('next-pass')).toBeVisible();
    const seen = await checkEveryStep(
      run,
      async (p) => {
        const card = p.getByTestId('next-pass');
        if ((await card.count()) === 0) return { kind: 'none' };
        const rise = Date.parse((await card.locator('time').first().getAttribute('datetime')) ?? '');
        const firstRow = Date.parse((await p.getByTestId('pass-row').first().getAttribute('data-rise')) ?? '');
        // The card and the list agree; a card of a pass under way says so.
        if (rise !== firstRow) return { kind: 'pass', atMs: Number.NaN };
        return (await card.getAttribute('data-state')) === 'now' ? { kind: 'now' } : { kind: 'pass', atMs: rise };
      },
      (set, nowMs) => {
        const next = passesFrom(set, nowMs, DEFAULT_PASS_DAYS * MS_PER_DAY).find((p) => p.set.atMs >= nowMs);
        if (!next) return [{ kind: 'none' }];
        return [nowMs >= next.rise.atMs ? { kind: 'now' } : { kind: 'pass', atMs: next.rise.atMs }];
      },
    );
    expect(seen.pass).toBeGreaterThan(200);
  });
});
