import { describe, expect, it } from 'vitest';
import { EN, speechFor } from '../../test-support/i18n/speech';
import type { Pass, SkyPoint } from '../passes/types';
import { describePass } from './describe-pass';

const point = (atMs: number, azimuthDeg: number, elevationDeg: number): SkyPoint => ({
  atMs,
  azimuthDeg,
  elevationDeg,
  rangeKm: 1000,
});

const base: Pass = {
  rise: point(0, 247, 0),
  culmination: point(300_000, 160, 63.4),
  set: point(600_000, 68, 0),
  maxElevationDeg: 63.4,
  durationSec: 600,
  inProgressAtStart: false,
  endsAfterWindow: false,
  visible: false,
  visibleStart: null,
  visibleEnd: null,
  visibleMaxElevationDeg: null,
  magnitude: null,
};

describe('describePass', () => {
  it('describes what the eye sees on a visible pass', () => {
    const pass: Pass = {
      ...base,
      visible: true,
      visibleStart: point(120_000, 248, 10.2),
      visibleEnd: point(480_000, 66, 22.4),
      visibleMaxElevationDeg: 63.4,
      magnitude: -3,
    };
    expect(describePass(pass, EN)).toBe('Appears 10° above WSW, rises to 63°, vanishes 22° above ENE.');
  });

  it('uses the highest visible point when the satellite vanishes into shadow before culminating', () => {
    const pass: Pass = {
      ...base,
      visible: true,
      visibleStart: point(0, 247, 0),
      visibleEnd: point(200_000, 200, 41.6),
      visibleMaxElevationDeg: 41.6,
      magnitude: -2,
    };
    expect(describePass(pass, EN)).toBe('Rises in the WSW, climbs to 42°, vanishes 42° above SSW.');
  });

  it('describes the whole passage when nothing is visible', () => {
    expect(describePass(base, EN)).toBe('Rises in the WSW, climbs to 63° in the SSE, sets in the ENE.');
  });
});

describe('describePass at the horizon', () => {
  it('says the station sets when the visible part lasts until it goes down', () => {
    const pass: Pass = {
      ...base,
      visible: true,
      visibleStart: point(120_000, 248, 10.2),
      visibleEnd: point(600_000, 68, 0),
      visibleMaxElevationDeg: 63.4,
      magnitude: -3,
    };
    expect(describePass(pass, EN)).toBe('Appears 10° above WSW, rises to 63°, sets in the ENE.');
  });
});

describe('describePass in other languages', () => {
  const visible: Pass = {
    ...base,
    visible: true,
    visibleStart: point(120_000, 248, 10.2),
    visibleEnd: point(480_000, 66, 22.4),
    visibleMaxElevationDeg: 63.4,
    magnitude: -3,
  };
  it("uses each language's compass points and word order, with the same figures", () => {
    expect(describePass(base, speechFor('de'))).toBe('Geht im WSW auf, steigt auf 63° im SSO, geht im ONO unter.');
    expect(describePass(base, speechFor('fr'))).toBe(
      'Se lève direction OSO, culmine à 63° direction SSE, se couche direction ENE.',
    );
    expect(describePass(visible, speechFor('es'))).toBe(
      'Aparece a 10° sobre el OSO, se eleva hasta 63°, desaparece a 22° sobre el ENE.',
    );
    expect(describePass(base, speechFor('ja'))).toBe('西南西から昇り、南南東で高度63°まで上がり、東北東に沈みます。');
  });
});
