import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTleText, type Tle } from '../tle';
import { createSatrec } from './satrec';
import { sgp4AtMs } from './propagate';
import { orbitNumberAt } from './orbit-number';

const catalogue = parseTleText(readFileSync('test-support/fixtures/tles.txt', 'utf8'));
const byEpoch = (id: number): Tle[] => catalogue.filter((t) => t.noradId === id).sort((a, b) => a.epochMs - b.epochMs);
const iss = byEpoch(25544);
const reference = iss.find((t) => t.revolutionAtEpoch === 58952);
if (!reference) throw new Error('reference ISS TLE (rev 58952) missing from tles.txt');

/** Degrees along the orbit from the ascending node at the TLE's own epoch (osculating SGP4 state). */
function argumentOfLatitudeAtEpochDeg(tle: Tle): number {
  const pv = sgp4AtMs(createSatrec(tle), tle.epochMs);
  if (!pv) throw new Error('SGP4 failed');
  const { position: r, velocity: v } = pv;
  const hx = r.y * v.z - r.z * v.y;
  const hy = r.z * v.x - r.x * v.z;
  const hz = r.x * v.y - r.y * v.x;
  const hxy = Math.hypot(hx, hy);
  return (Math.atan2((r.z * Math.hypot(hxy, hz)) / hxy, (-r.x * hy + r.y * hx) / hxy) * 180) / Math.PI;
}

/** Ascending node crossings (TEME z goes from negative to positive), bisected to 1 ms, independent of the code. */
function ascendingNodes(tle: Tle, fromMs: number, toMs: number): number[] {
  const satrec = createSatrec(tle);
  const z = (t: number): number => sgp4AtMs(satrec, t)?.position.z ?? NaN;
  const nodes: number[] = [];
  const step = 60_000;
  for (let t = fromMs; t < toMs; t += step) {
    if (z(t) < 0 && z(t + step) >= 0) {
      let lo = t;
      let hi = t + step;
      while (hi - lo > 1) {
        const mid = (lo + hi) / 2;
        if (z(mid) < 0) lo = mid;
        else hi = mid;
      }
      nodes.push(hi);
    }
  }
  return nodes;
}

describe('orbitNumberAt', () => {
  it('is the TLE revolution number at epoch', () => {
    for (const tle of catalogue) expect(orbitNumberAt(tle, tle.epochMs)).toBe(tle.revolutionAtEpoch);
  });

  it('goes up by exactly one at each ascending node and nowhere else, three days either side of epoch', () => {
    const from = reference.epochMs - 3 * 86_400_000;
    const to = reference.epochMs + 3 * 86_400_000;
    const nodes = ascendingNodes(reference, from, to);
    expect(nodes.length).toBeGreaterThan(90);
    for (const node of nodes) {
      const before = orbitNumberAt(reference, node - 2000);
      const after = orbitNumberAt(reference, node + 2000);
      expect(after - before).toBe(1);
    }
    // Between nodes the number holds still: check the midpoints against the count of nodes passed.
    const firstBefore = orbitNumberAt(reference, (nodes[0] ?? 0) - 2000);
    for (let i = 0; i + 1 < nodes.length; i++) {
      const mid = ((nodes[i] ?? 0) + (nodes[i + 1] ?? 0)) / 2;
      expect(orbitNumberAt(reference, mid)).toBe(firstBefore + i + 1);
    }
  });

  it('gives the same answer whatever order it is asked in', () => {
    const times = [5, -2, 0.3, 2.9, -0.7, 1.01].map((d) => reference.epochMs + d * 86_400_000);
    const fresh = times.map((t) => orbitNumberAt({ ...reference }, t));
    const reused = times.map((t) => orbitNumberAt(reference, t));
    expect(reused).toEqual(fresh);
  });

  it("predicts the next published TLE's revolution number (ISS, Tiangong, Hubble sets up to 20 days apart)", () => {
    let midOrbit = 0;
    let atNode = 0;
    for (const id of [25544, 48274, 20580]) {
      const sets = byEpoch(id);
      for (let i = 1; i < sets.length; i++) {
        const a = sets[i - 1] as Tle;
        const b = sets[i] as Tle;
        if (b.epochMs - a.epochMs > 20 * 86_400_000) continue;
        // Line 2 has five digits for the revolution number; the ISS counter has wrapped past 100000.
        const predicted = orbitNumberAt(a, b.epochMs) % 100_000;
        const u = argumentOfLatitudeAtEpochDeg(b);
        if (Math.abs(u) > 2) {
          expect(predicted, `${id} at ${new Date(b.epochMs).toISOString()}`).toBe(b.revolutionAtEpoch);
          midOrbit += 1;
        } else {
          // Most published epochs sit right on an ascending node, where a second of along-track error in the
          // older set decides between the two revolutions that meet there.
          expect(Math.abs(predicted - b.revolutionAtEpoch)).toBeLessThanOrEqual(1);
          atNode += 1;
        }
      }
    }
    expect(midOrbit).toBeGreaterThanOrEqual(4);
    expect(atNode).toBeGreaterThan(10);
  });
});
