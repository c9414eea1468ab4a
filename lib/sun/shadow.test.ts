import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTleLines } from '../tle';
import { createSatrec } from '../orbit/satrec';
import { sgp4AtMs } from '../orbit/propagate';
import { isSunlit, nextLightingChange } from './shadow';

interface TrackFixture {
  tle: [string, string, string];
  series: Array<{ label: string; samples: Array<{ t: string; sunlit_geometric_conical: boolean }> }>;
}
const fixture = JSON.parse(readFileSync('test-support/fixtures/groundtrack.json', 'utf8')) as TrackFixture;
const [title, line1, line2] = fixture.tle;
const satrec = createSatrec(parseTleLines(line1, line2, title));

function sunlitAt(atMs: number): boolean {
  const pv = sgp4AtMs(satrec, atMs);
  if (pv === null) throw new Error('SGP4 failed on the reference TLE');
  return isSunlit(pv.position, atMs);
}

describe('isSunlit against the conical umbra reference (Skyfield + VSOP87 Sun)', () => {
  for (const series of fixture.series) {
    it(`agrees at every sample of ${series.label} except within 2 s of a transition`, () => {
      const first = series.samples[0];
      const last = series.samples[series.samples.length - 1];
      if (!first || !last) throw new Error('empty series');
      // Our own transitions over the window, to know which samples sit next to one.
      const transitions: number[] = [];
      let from = Date.parse(first.t) - 60_000;
      const end = Date.parse(last.t) + 60_000;
      for (;;) {
        const next = nextLightingChange(satrec, from, 200);
        if (next === null || next.atMs > end) break;
        transitions.push(next.atMs);
        from = next.atMs + 1;
      }
      expect(transitions.length).toBeGreaterThan(6); // ~4 orbits, a sunrise and a sunset each

      let compared = 0;
      let disagreements = 0;
      let sunlitSamples = 0;
      for (const s of series.samples) {
        const t = Date.parse(s.t);
        if (transitions.some((x) => Math.abs(x - t) < 2000)) continue;
        compared += 1;
        if (sunlitAt(t) !== s.sunlit_geometric_conical) disagreements += 1;
        if (s.sunlit_geometric_conical) sunlitSamples += 1;
      }
      expect(compared).toBeGreaterThan(350);
      expect(sunlitSamples).toBeGreaterThan(100);
      expect(compared - sunlitSamples).toBeGreaterThan(80);
      expect(disagreements).toBe(0);
    });
  }

  it('finds a transition of the right kind between every pair of reference samples that flips', () => {
    let flips = 0;
    for (const series of fixture.series) {
      for (let i = 1; i < series.samples.length; i++) {
        const a = series.samples[i - 1];
        const b = series.samples[i];
        if (!a || !b || a.sunlit_geometric_conical === b.sunlit_geometric_conical) continue;
        flips += 1;
        const next = nextLightingChange(satrec, Date.parse(a.t), 5);
        expect(next).not.toBeNull();
        if (!next) continue;
        expect(next.sunlitAfter).toBe(b.sunlit_geometric_conical);
        expect(next.atMs).toBeGreaterThan(Date.parse(a.t));
        expect(next.atMs).toBeLessThanOrEqual(Date.parse(b.t));
      }
    }
    expect(flips).toBeGreaterThan(12);
  });
});

describe('nextLightingChange', () => {
  it('alternates sunset and sunrise about 92.9 minutes apart, to well under a second', () => {
    const start = Date.parse(fixture.series[0]?.samples[0]?.t ?? '');
    const events: Array<{ sunlitAfter: boolean; atMs: number }> = [];
    let from = start;
    for (let i = 0; i < 6; i++) {
      const e = nextLightingChange(satrec, from);
      if (!e) throw new Error('expected a lighting change');
      events.push(e);
      from = e.atMs;
      // Bisection accuracy: the state flips across the reported instant within 1 s.
      expect(sunlitAt(e.atMs)).toBe(e.sunlitAfter);
      expect(sunlitAt(e.atMs - 1000)).toBe(!e.sunlitAfter);
    }
    for (let i = 1; i < events.length; i++) {
      expect(events[i]?.sunlitAfter).toBe(!events[i - 1]?.sunlitAfter);
    }
    const e0 = events[0];
    const e2 = events[2];
    if (!e0 || !e2) throw new Error('missing events');
    expect((e2.atMs - e0.atMs) / 60_000).toBeCloseTo(1440 / 15.48793, 0);
  });

  it('returns null when nothing changes inside the horizon', () => {
    const start = Date.parse(fixture.series[0]?.samples[0]?.t ?? '');
    const e = nextLightingChange(satrec, start);
    if (!e) throw new Error('expected a lighting change');
    expect(nextLightingChange(satrec, e.atMs + 60_000, 0.5)).toBeNull();
  });

  it('always sees a sunlit satellite on the day side', () => {
    expect(isSunlit({ x: 7000, y: 0, z: 0 }, Date.parse('2026-03-20T12:00:00Z'))).toBe(
      // The Sun is towards +x (vernal equinox direction) at the March equinox.
      true,
    );
    expect(isSunlit({ x: -7000, y: 0, z: 0 }, Date.parse('2026-03-20T12:00:00Z'))).toBe(false);
    // Far enough out (beyond the umbra's tip, ~1.38 million km) nothing is in full shadow.
    expect(isSunlit({ x: -2_000_000, y: 0, z: 0 }, Date.parse('2026-03-20T12:00:00Z'))).toBe(true);
  });
});
