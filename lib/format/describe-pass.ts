import type { Pass } from '../passes/types';
import { compassPoint } from './compass';

const deg = (value: number) => `${Math.round(value)}°`;

/** Below this the visible part begins or ends at the horizon itself. */
const HORIZON_WORDING_DEG = 0.5;

/**
 * One sentence a person can act on. For a visible pass it describes what the eye sees:
 * "appears 10° above WSW, rises to 63°, vanishes 22° above ENE"; otherwise the whole passage:
 * "rises in the WSW, climbs to 63° in the SSE, sets in the ENE".
 */
export function describePass(pass: Pass): string {
  if (pass.visible && pass.visibleStart && pass.visibleEnd && pass.visibleMaxElevationDeg !== null) {
    const start = pass.visibleStart;
    const end = pass.visibleEnd;
    const highest = pass.visibleMaxElevationDeg;
    // At the horizon the station does not "appear" or "vanish": it rises or sets, and the words say so.
    const risesInSight = start.elevationDeg < HORIZON_WORDING_DEG;
    const setsInSight = end.elevationDeg < HORIZON_WORDING_DEG;
    const first = risesInSight
      ? `rises in the ${compassPoint(start.azimuthDeg)}`
      : `appears ${deg(start.elevationDeg)} above ${compassPoint(start.azimuthDeg)}`;
    const last = setsInSight
      ? `sets in the ${compassPoint(end.azimuthDeg)}`
      : `vanishes ${deg(end.elevationDeg)} above ${compassPoint(end.azimuthDeg)}`;
    return `${first}, ${risesInSight ? 'climbs' : 'rises'} to ${deg(highest)}, ${last}`;
  }
  return (
    `rises in the ${compassPoint(pass.rise.azimuthDeg)}, ` +
    `climbs to ${deg(pass.maxElevationDeg)} in the ${compassPoint(pass.culmination.azimuthDeg)}, ` +
    `sets in the ${compassPoint(pass.set.azimuthDeg)}`
  );
}
