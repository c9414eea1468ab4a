import { describe, expect, it } from 'vitest';
import { createSatrec } from '../orbit/satrec';
import { findPasses } from './';
import { parseTle } from '../tle';
import { PASS_RESEARCH_MS, currentVisiblePass, passSearchIsStale } from './next-pass';

const tle = parseTle(`ISS (ZARYA)
1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998
2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526`);
const satrec = createSatrec(tle);
const sydney = { latitudeDeg: -33.87, longitudeDeg: 151.21, heightM: 0 };
const fromMs = tle.epochMs;
const toMs = fromMs + 4 * 86_400_000;
const passes = findPasses(satrec, sydney, { fromMs, toMs });
const visible = passes.filter((p) => p.visible);

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

  it('searches again when the clock goes back before the search, or past it, or nothing is left after an hour', () => {
    const search = { fromMs, toMs, passes };
    expect(passSearchIsStale(search, fromMs)).toBe(false);
    expect(passSearchIsStale(search, visible[0]!.visibleEnd!.atMs)).toBe(false); // the next one is in the list
    expect(passSearchIsStale(search, fromMs - 60_000)).toBe(true); // machine clock corrected backwards
    expect(passSearchIsStale(search, toMs)).toBe(true);
    const lastEnd = visible[visible.length - 1]!.visibleEnd!.atMs;
    expect(passSearchIsStale({ fromMs: lastEnd - PASS_RESEARCH_MS / 2, toMs, passes }, lastEnd)).toBe(false);
    expect(passSearchIsStale({ fromMs: lastEnd - PASS_RESEARCH_MS, toMs, passes }, lastEnd)).toBe(true);
    expect(passSearchIsStale({ fromMs, toMs, passes: [] }, fromMs + PASS_RESEARCH_MS)).toBe(true);
  });
});
