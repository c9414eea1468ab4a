import { describe, expect, it } from 'vitest';
import type { PathPoint } from '@/lib/passes';
import { motionArrow, pathSegments, skyXY, type ChartFrame } from './sky-chart-geometry';

const frame: ChartFrame = { cx: 150, cy: 150, r: 120 };
const point = (
  atMs: number,
  azimuthDeg: number,
  elevationDeg: number,
  sunlit: boolean,
  visible: boolean,
): PathPoint => ({
  atMs,
  azimuthDeg,
  elevationDeg,
  rangeKm: 1000,
  sunlit,
  visible,
});

describe('skyXY', () => {
  it('puts the zenith in the centre and the horizon on the rim, north up, east right', () => {
    expect(skyXY(123, 90, frame)).toEqual({ x: 150, y: 150 });
    const north = skyXY(0, 0, frame);
    expect(north.x).toBeCloseTo(150, 9);
    expect(north.y).toBeCloseTo(30, 9);
    const east = skyXY(90, 0, frame);
    expect(east.x).toBeCloseTo(270, 9);
    expect(east.y).toBeCloseTo(150, 9);
    const south30 = skyXY(180, 30, frame);
    expect(south30.y).toBeCloseTo(150 + 80, 9); // 30 deg up is 2/3 of the way out
    expect(skyXY(270, -2, frame).x).toBeCloseTo(30, 9); // below the horizon stays on the rim
  });
});

describe('pathSegments', () => {
  it('splits the path where the station enters the shadow, sharing the boundary point', () => {
    const path = [
      point(0, 250, 0, true, true),
      point(10, 230, 30, true, true),
      point(20, 160, 60, true, true),
      point(30, 90, 30, false, false),
      point(40, 70, 0, false, false),
    ];
    const segments = pathSegments(path, frame);
    expect(segments.map((s) => s.kind)).toEqual(['visible', 'shadow']);
    const visibleEnd = segments[0]!.d.split(' L').at(-1);
    expect(segments[1]!.d.startsWith(`M${visibleEnd}`)).toBe(true);
    expect(segments[0]!.d.match(/[ML]/g)).toHaveLength(3);
    expect(segments[1]!.d.match(/[ML]/g)).toHaveLength(3);
  });

  it('tells a sunlit pass in a bright sky from a visible one', () => {
    const path = [
      point(0, 0, 0, true, false),
      point(10, 10, 20, true, false),
      point(20, 20, 0, true, true),
      point(30, 30, 0, true, true),
    ];
    expect(pathSegments(path, frame).map((s) => s.kind)).toEqual(['daylight', 'visible']);
  });
});

describe('motionArrow', () => {
  it('points along the path at its middle', () => {
    // West to east through the zenith: the arrow points to +x.
    const path = [
      point(0, 270, 0, true, true),
      point(10, 270, 45, true, true),
      point(20, 0, 90, true, true),
      point(30, 90, 45, true, true),
      point(40, 90, 0, true, true),
    ];
    const arrow = motionArrow(path, frame)!;
    expect(arrow.x).toBeCloseTo(150, 6);
    expect(arrow.y).toBeCloseTo(150, 6);
    expect(arrow.angleDeg).toBeCloseTo(0, 6);
    // And east to west points to -x.
    const back = motionArrow(
      [...path].reverse().map((p, i) => ({ ...p, atMs: i * 10 })),
      frame,
    )!;
    expect(Math.abs(back.angleDeg)).toBeCloseTo(180, 6);
  });
  it('is null for a path too short to show a direction', () => {
    expect(motionArrow([point(0, 0, 0, true, true), point(1, 1, 1, true, true)], frame)).toBeNull();
  });
});
