import { describe, expect, it } from 'vitest';
import { createSatrec } from '../orbit/satrec';
import { findPasses } from './';
import { parseTle } from '../tle';
import { MS_PER_DAY } from '../units';
import {
  PASS_RESEARCH_MS,
  currentVisiblePass,
  passSearchIsStale,
  predictPasses,
  runPassSearch,
  visiblePassAnswer,
  type PassSearchRequest,
} from './next-pass';

const tle = parseTle(`ISS (ZARYA)
1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998
2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526`);
const satrec = createSatrec(tle);
const sydney = { latitudeDeg: -33.87, longitudeDeg: 151.21, heightM: 0 };
const fromMs = tle.epochMs;
const toMs = fromMs + 4 * 86_400_000;
const passes = findPasses(satrec, sydney, { fromMs, toMs });
const visible = passes.filter((p) => p.visible);
const request: PassSearchRequest = { satrec, observer: sydney, days: 4 };

describe('the next visible pass for the venue card', () => {
  it('the window has visible and invisible passes to choose between', () => {
    expect(visible.length).toBeGreaterThanOrEqual(2);
    expect(passes.length).toBeGreaterThan(visible.length);
  });

  it('before a visible pass: that pass, upcoming, skipping any invisible pass before it', () => {
    const first = visible[0]!;
    const got = currentVisiblePass(passes, fromMs);
    expect(got?.pass).toBe(first);
    expect(got?.phase).toBe('upcoming');
    expect(got?.start).toBe(first.visibleStart);
    // An invisible pass that lies between now and the first visible one is passed over.
    const invisibleBefore = passes.find((p) => !p.visible && p.rise.atMs < first.rise.atMs);
    if (invisibleBefore) expect(currentVisiblePass(passes, invisibleBefore.culmination.atMs)?.pass).toBe(first);
  });

  it('while the visible part is on: "now"; from its end: the following visible pass', () => {
    const [first, second] = visible as [(typeof visible)[0], (typeof visible)[0]];
    const start = first.visibleStart!.atMs;
    const end = first.visibleEnd!.atMs;
    expect(currentVisiblePass(passes, start)?.phase).toBe('now');
    expect(currentVisiblePass(passes, (start + end) / 2)).toMatchObject({ pass: first, phase: 'now' });
    expect(currentVisiblePass(passes, end - 1)?.pass).toBe(first);
    expect(currentVisiblePass(passes, end)).toMatchObject({ pass: second, phase: 'upcoming' });
  });

  it('none left: null', () => {
    expect(currentVisiblePass(passes, toMs + 86_400_000)).toBeNull();
    expect(currentVisiblePass([], fromMs)).toBeNull();
  });
});

describe('one rule for when to search again', () => {
  const search = runPassSearch(request, fromMs);
  const first = search.passes[0]!;

  it('searches the requested days from the given instant', () => {
    expect(search.toMs).toBe(fromMs + 4 * MS_PER_DAY);
    expect(search.passes.map((p) => p.rise.atMs)).toEqual(passes.map((p) => p.rise.atMs));
  });

  it('holds from its start until its first pass is over', () => {
    const before = runPassSearch(request, first.rise.atMs - 30 * 60_000);
    expect(before.passes[0]?.rise.atMs).toBeCloseTo(first.rise.atMs, -2);
    for (const t of [before.fromMs, first.rise.atMs, first.culmination.atMs, first.set.atMs]) {
      expect(passSearchIsStale(before, request, t)).toBe(false);
    }
    expect(passSearchIsStale(before, request, before.passes[0]!.set.atMs + 1)).toBe(true);
  });

  it('goes stale with new elements, another place, window or threshold, even at the same instant', () => {
    const newElements = createSatrec(tle); // the pages rebuild the satrec only when the elements change
    expect(passSearchIsStale(search, { ...request }, fromMs)).toBe(false);
    expect(passSearchIsStale(search, { ...request, satrec: newElements }, fromMs)).toBe(true);
    expect(passSearchIsStale(search, { ...request, observer: { ...sydney, latitudeDeg: -33.8 } }, fromMs)).toBe(true);
    expect(passSearchIsStale(search, { ...request, observer: { ...sydney, heightM: 100 } }, fromMs)).toBe(true);
    expect(passSearchIsStale(search, { ...request, days: 5 }, fromMs)).toBe(true);
    expect(passSearchIsStale(search, { ...request, minElevationDeg: 0 }, fromMs)).toBe(true);
  });

  it('goes stale when the clock is set back before its start (a pass may hide in between)', () => {
    expect(passSearchIsStale(search, request, fromMs - 1)).toBe(true);
  });

  it('goes stale an hour after its start, found or not, so its window never falls an hour short', () => {
    expect(first.set.atMs - fromMs).toBeGreaterThan(PASS_RESEARCH_MS); // no pass ends in this search's first hour
    expect(passSearchIsStale(search, request, fromMs + PASS_RESEARCH_MS - 1)).toBe(false);
    expect(passSearchIsStale(search, request, fromMs + PASS_RESEARCH_MS)).toBe(true);
    // Near the South Pole the ISS (51.6 degrees) never rises: the search finds nothing and slides hourly.
    const pole = { ...request, observer: { latitudeDeg: -85, longitudeDeg: 0, heightM: 0 } };
    const empty = runPassSearch(pole, fromMs);
    expect(empty.passes).toEqual([]);
    expect(passSearchIsStale(empty, pole, fromMs + PASS_RESEARCH_MS - 1)).toBe(false);
    expect(passSearchIsStale(empty, pole, fromMs + PASS_RESEARCH_MS)).toBe(true);
  });

  it('a search made now is never stale now, so searching again settles', () => {
    for (let t = fromMs; t < fromMs + 3 * MS_PER_DAY; t += 37 * 60_000) {
      expect(passSearchIsStale(runPassSearch(request, t), request, t), new Date(t).toISOString()).toBe(false);
    }
  });
});

describe('a page left open: the kept search agrees with a fresh one', () => {
  it('over 12 days in 10-minute steps, the next visible pass is the one a search from now finds', () => {
    // Two-day windows, so that the run crosses stretches with no visible pass in the window as well.
    const days = 2;
    const london: PassSearchRequest = {
      satrec,
      observer: { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0 },
      days,
    };
    let kept = runPassSearch(london, fromMs);
    let searches = 1;
    let shownNone = 0;
    for (let now = fromMs; now < fromMs + 12 * MS_PER_DAY; now += 10 * 60_000) {
      if (passSearchIsStale(kept, london, now)) {
        kept = runPassSearch(london, now);
        searches += 1;
      }
      const shown = visiblePassAnswer(predictPasses(tle, kept.passes), now);
      // The truth: a search from this very moment (a window that ends no more than the rule's hour earlier).
      const fresh = runPassSearch({ ...london, days: days - PASS_RESEARCH_MS / MS_PER_DAY }, now);
      const truth = visiblePassAnswer(predictPasses(tle, fresh.passes), now);
      if (truth.next) {
        expect(shown.next, new Date(now).toISOString()).not.toBeNull();
        expect(Math.abs(shown.next!.start.atMs - truth.next.start.atMs)).toBeLessThan(1000);
        expect(shown.next!.phase).toBe(truth.next.phase);
      }
      if (shown.next)
        expect(shown.next.end.atMs).toBeGreaterThan(now); // always still ahead or on
      else shownNone += 1;
    }
    // The run crossed stretches with no visible pass and ones with several, and searched again as passes went by.
    expect(shownNone).toBeGreaterThan(0);
    expect(searches).toBeGreaterThan(12 * 24);
  });
});

describe('what a next-visible-pass card says', () => {
  const predicted = predictPasses(tle, passes);

  it('names the next predictable visible pass with its prediction', () => {
    const answer = visiblePassAnswer(predicted, fromMs);
    expect(answer.next?.pass).toBe(visible[0]);
    expect(answer.prediction).toBe(predicted.predictions.get(visible[0]!));
    expect(answer.unpredictable).toEqual([]);
  });

  it('never counts down to a pass the elements cannot predict: it says why instead', () => {
    // Forty days after the epoch the timing bound exceeds a pass's length.
    const late = findPasses(satrec, sydney, { fromMs: fromMs + 40 * MS_PER_DAY, toMs: fromMs + 44 * MS_PER_DAY });
    const answer = visiblePassAnswer(predictPasses(tle, late), fromMs + 40 * MS_PER_DAY);
    expect(late.some((p) => p.visible)).toBe(true);
    expect(answer.next).toBeNull();
    expect(answer.unpredictable.length).toBeGreaterThan(0);
    expect(answer.unpredictable.every((p) => !p.predictable)).toBe(true);
  });
});
