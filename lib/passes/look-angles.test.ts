import { ecfToLookAngles } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { gmstRad, temeToEcef } from '../orbit/geodetic';
import { sgp4AtMs } from '../orbit/propagate';
import { lookAnglesFromEcef, observerFrame, topocentricState } from './look-angles';
import { referenceSatrec } from '../../test-support/passes';

const satrec = referenceSatrec();
const t0 = Date.parse('2026-10-10T09:55:01.388Z');

describe('look angles', () => {
  it('match satellite.js ecfToLookAngles for observers at any latitude and height', () => {
    const observers = [
      { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0 },
      { latitudeDeg: -33.8688, longitudeDeg: 151.2093, heightM: 50 },
      { latitudeDeg: 64.1466, longitudeDeg: -21.9426, heightM: 1500 },
      { latitudeDeg: -77.846, longitudeDeg: 166.676, heightM: 10 },
    ];
    for (const observer of observers) {
      const frame = observerFrame(observer);
      for (let k = 0; k < 20; k++) {
        const t = t0 + k * 137_000;
        const pv = sgp4AtMs(satrec, t);
        if (!pv) throw new Error('propagation failed');
        const ecef = temeToEcef(pv.position, gmstRad(t));
        const ours = lookAnglesFromEcef(ecef, frame);
        const theirs = ecfToLookAngles(
          {
            latitude: (observer.latitudeDeg * Math.PI) / 180,
            longitude: (observer.longitudeDeg * Math.PI) / 180,
            height: observer.heightM / 1000,
          },
          ecef,
        );
        expect(ours.elevationDeg).toBeCloseTo((theirs.elevation * 180) / Math.PI, 6);
        expect(ours.rangeKm).toBeCloseTo(theirs.rangeSat, 4);
        const azDiff = Math.abs(((ours.azimuthDeg - (theirs.azimuth * 180) / Math.PI + 540) % 360) - 180);
        expect(azDiff).toBeLessThan(1e-6);
      }
    }
  });

  it('gives azimuths clockwise from north in [0, 360)', () => {
    const frame = observerFrame({ latitudeDeg: 0, longitudeDeg: 0, heightM: 0 });
    const r = 6378.137;
    const north = lookAnglesFromEcef({ x: r, y: 0, z: 500 }, frame);
    const east = lookAnglesFromEcef({ x: r, y: 500, z: 0 }, frame);
    const west = lookAnglesFromEcef({ x: r, y: -500, z: 0 }, frame);
    expect(north.azimuthDeg).toBeCloseTo(0, 6);
    expect(east.azimuthDeg).toBeCloseTo(90, 6);
    expect(west.azimuthDeg).toBeCloseTo(270, 6);
    expect(lookAnglesFromEcef({ x: r + 400, y: 0, z: 0 }, frame).elevationDeg).toBeCloseTo(90, 6);
  });

  it('reports an elevation rate that matches the numerical derivative', () => {
    const frame = observerFrame({ latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 0 });
    const state = (t: number) => {
      const pv = sgp4AtMs(satrec, t);
      if (!pv) throw new Error('propagation failed');
      return topocentricState(t, pv.position, pv.velocity, gmstRad(t), frame);
    };
    for (const t of [t0 + 60_000, t0 + 200_000, t0 + 500_000, t0 + 3_000_000]) {
      const numeric = (state(t + 500).elevationDeg - state(t - 500).elevationDeg) / 1;
      expect(state(t).elevationRateDegPerSec).toBeCloseTo(numeric, 4);
      const s = state(t);
      expect(s.centralAngleRad).toBeGreaterThanOrEqual(s.orbitPlaneAngleRad - 1e-9);
    }
  });
});
