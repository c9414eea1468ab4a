import type { Pass } from '../passes/types';
import { compassPoint } from './compass';

const deg = (value: number) => `${Math.round(value)}°`;

/**
 * One sentence a person can act on. For a visible pass it describes what the eye sees:
 * "appears 10° above WSW, rises to 63°, vanishes 22° above ENE"; otherwise the whole passage:
 * "rises in the WSW, climbs to 63° in the SSE, sets in the ENE".
 */
export function describePass(pass: Pass): string {
  if (pass.visible && pass.visibleStart && pass.visibleEnd) {
    const start = pass.visibleStart;
    const end = pass.visibleEnd;
    const culminationSeen = pass.culmination.atMs >= start.atMs && pass.culmination.atMs <= end.atMs;
    const highest = culminationSeen ? pass.maxElevationDeg : Math.max(start.elevationDeg, end.elevationDeg);
    return (
      `appears ${deg(Math.max(0, start.elevationDeg))} above ${compassPoint(start.azimuthDeg)}, ` +
      `rises to ${deg(highest)}, ` +
      `vanishes ${deg(Math.max(0, end.elevationDeg))} above ${compassPoint(end.azimuthDeg)}`
    );
  }
  return (
    `rises in the ${compassPoint(pass.rise.azimuthDeg)}, ` +
    `climbs to ${deg(pass.maxElevationDeg)} in the ${compassPoint(pass.culmination.azimuthDeg)}, ` +
    `sets in the ${compassPoint(pass.set.azimuthDeg)}`
  );
}
