import { test as base } from '@playwright/test';

/**
 * One pinned timeline for the server and the browser, so no test's outcome depends on the day the suite runs.
 * The embedded (reference) elements' epoch is 2026-10-09T19:42:49Z: "now" starts ten hours later, where the
 * elements are fresh, and runs at the machine's pace. The server reads it from ORBIT_WATCH_CLOCK
 * (server/clock.ts); every page gets the same instant through Playwright's clock.
 */
export const PINNED_START = '2026-10-10T06:00:00.000Z';

// Set once in the runner, inherited by its workers and by every server they start (webServer, cluster tests).
process.env.E2E_CLOCK_ORIGIN_MS ??= String(Date.now());
const originMs = Number(process.env.E2E_CLOCK_ORIGIN_MS);
process.env.ORBIT_WATCH_CLOCK ??= `${PINNED_START}@${originMs}`;

/** "Now" on the pinned timeline, in the test runner. */
export function pinnedNowMs(): number {
  return Date.parse(PINNED_START) + (Date.now() - originMs);
}

/**
 * Pages run on the pinned timeline unless a test sets a moment of its own with `page.clock.install` (then it
 * opts out with `test.use({ pinClock: false })`, as a clock can be installed once).
 */
export const test = base.extend<{ pinClock: boolean; mapAtLoad: boolean }>({
  pinClock: [true, { option: true }],
  /**
   * The live map takes over from the map's picture at the first input or a few seconds after the page settles
   * (components/map/take-over.ts). Most tests are about the live map: while a picture is on the page, a key press
   * (an untrusted event on window, which the take-over listens for like any other, and nothing else does) brings the
   * map at once. The picture's own tests turn this off.
   */
  mapAtLoad: [true, { option: true }],
  context: async ({ context, pinClock, mapAtLoad }, provide) => {
    if (pinClock) await context.clock.install({ time: pinnedNowMs() });
    if (mapAtLoad)
      await context.addInitScript(() => {
        setInterval(() => {
          if (document.querySelector('[data-ow-picture]'))
            dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
        }, 100);
      });
    await provide(context);
  },
});

export { expect } from '@playwright/test';
