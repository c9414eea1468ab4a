import type { PathPoint } from '@/lib/passes';
import { toRadians, type Degrees } from '@/lib/units';

// Polar sky chart as on a compass: zenith at the centre, horizon on the rim, north up and east to the right.
// Elevation maps linearly to radius (equal-angle rings), so 30 and 60 degrees sit at 2/3 and 1/3 of the radius.

export interface ChartFrame {
  cx: number;
  cy: number;
  /** Radius of the horizon ring. */
  r: number;
}

export interface XY {
  x: number;
  y: number;
}

export function skyXY(azimuthDeg: Degrees, elevationDeg: Degrees, frame: ChartFrame): XY {
  const radius = (frame.r * (90 - Math.max(0, Math.min(90, elevationDeg)))) / 90;
  const az = toRadians(azimuthDeg);
  return { x: frame.cx + radius * Math.sin(az), y: frame.cy - radius * Math.cos(az) };
}

/** Seen by eye; sunlit but against a bright sky; in the Earth's shadow. */
export type SegmentKind = 'visible' | 'daylight' | 'shadow';

export const kindOf = (point: PathPoint): SegmentKind =>
  point.visible ? 'visible' : point.sunlit ? 'daylight' : 'shadow';

export interface ChartSegment {
  kind: SegmentKind;
  /** SVG path data. */
  d: string;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * The path split into runs of one kind. Consecutive runs share their boundary point, so the line has no gaps
 * where the station enters or leaves the shadow.
 */
export function pathSegments(path: readonly PathPoint[], frame: ChartFrame): ChartSegment[] {
  const segments: ChartSegment[] = [];
  let kind: SegmentKind | null = null;
  let points: XY[] = [];
  const flush = () => {
    if (kind !== null && points.length >= 2) {
      segments.push({ kind, d: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)} ${fmt(p.y)}`).join(' ') });
    }
  };
  for (const point of path) {
    const xy = skyXY(point.azimuthDeg, point.elevationDeg, frame);
    const k = kindOf(point);
    if (k !== kind) {
      const last = points[points.length - 1];
      flush();
      points = last ? [last] : [];
      kind = k;
    }
    points.push(xy);
  }
  flush();
  return segments;
}

/**
 * Where to draw the direction-of-motion arrow: at the path sample nearest the middle in time, pointing along the
 * path (degrees clockwise from the +x axis, for an SVG rotate()). Null for a path too short to have a direction.
 */
export function motionArrow(path: readonly PathPoint[], frame: ChartFrame): (XY & { angleDeg: number }) | null {
  if (path.length < 3) return null;
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last) return null;
  const midMs = (first.atMs + last.atMs) / 2;
  let index = 1;
  for (let i = 1; i < path.length - 1; i += 1) {
    if (Math.abs((path[i]?.atMs ?? 0) - midMs) < Math.abs((path[index]?.atMs ?? 0) - midMs)) index = i;
  }
  const before = path[index - 1];
  const at = path[index];
  const after = path[index + 1];
  if (!before || !at || !after) return null;
  const a = skyXY(before.azimuthDeg, before.elevationDeg, frame);
  const b = skyXY(after.azimuthDeg, after.elevationDeg, frame);
  const p = skyXY(at.azimuthDeg, at.elevationDeg, frame);
  if (Math.hypot(b.x - a.x, b.y - a.y) < 1e-6) return null;
  return { ...p, angleDeg: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI };
}
