import { describe, expect, it } from 'vitest';
import { ISS_STANDARD_MAGNITUDE, phaseAngleDeg, visualMagnitude } from './magnitude';

describe('visualMagnitude (diffuse sphere, standard magnitude at 1000 km and 50 % lit)', () => {
  it('returns the standard magnitude at 1000 km and phase 90 deg', () => {
    expect(visualMagnitude(ISS_STANDARD_MAGNITUDE, 1000, 90)).toBeCloseTo(-1.8, 10);
  });

  it('is brighter (smaller) when closer: 5 magnitudes per factor 10 in range', () => {
    const near = visualMagnitude(-1.8, 400, 60);
    const far = visualMagnitude(-1.8, 2000, 60);
    expect(near).toBeLessThan(far);
    expect(visualMagnitude(-1.8, 100, 90) - visualMagnitude(-1.8, 1000, 90)).toBeCloseTo(-5, 10);
  });

  it('is brightest at full phase and fades monotonically towards new phase', () => {
    const full = visualMagnitude(-1.8, 1000, 0);
    expect(full).toBeCloseTo(-1.8 - 2.5 * Math.log10(Math.PI), 10); // sphere: pi times the half-lit flux
    let previous = full;
    for (let phase = 10; phase <= 170; phase += 10) {
      const m = visualMagnitude(-1.8, 1000, phase);
      expect(m).toBeGreaterThan(previous);
      previous = m;
    }
    expect(Number.isFinite(visualMagnitude(-1.8, 1000, 180))).toBe(true);
    expect(visualMagnitude(-1.8, 1000, 180)).toBeGreaterThan(10);
  });

  it('measures the phase angle at the satellite between the Sun and the observer', () => {
    const sat = { x: 0, y: 0, z: 7000 };
    expect(phaseAngleDeg(sat, { x: 0, y: 0, z: 1.5e8 }, { x: 0, y: 0, z: 6400 })).toBeCloseTo(180, 6);
    expect(phaseAngleDeg(sat, { x: 1.5e8, y: 0, z: 7000 }, { x: 0, y: 0, z: 6400 })).toBeCloseTo(90, 6);
    expect(phaseAngleDeg(sat, { x: 0, y: 0, z: -1.5e8 }, { x: 0, y: 0, z: 6400 })).toBeCloseTo(0, 4);
  });
});
