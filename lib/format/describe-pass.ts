import type { Pass } from '../passes/types';
import { compassName } from './compass';
import { capitalise, type Speech } from './speech';

/** Below this the visible part begins or ends at the horizon itself. */
const HORIZON_WORDING_DEG = 0.5;

/**
 * One sentence a person can act on. For a visible pass it describes what the eye sees:
 * "Appears 10° above WSW, rises to 63°, vanishes 22° above ENE."; otherwise the whole passage:
 * "Rises in the WSW, climbs to 63° in the SSE, sets in the ENE." Each language words (and orders) the three
 * phrases its own way (messages, `format.describe`).
 */
export function describePass(pass: Pass, speech: Speech): string {
  const { words } = speech;
  const dir = (azimuthDeg: number) => compassName(azimuthDeg, speech);
  const elevation = (deg: number) => Math.round(deg);
  let parts: { first: string; middle: string; last: string };
  if (pass.visible && pass.visibleStart && pass.visibleEnd && pass.visibleMaxElevationDeg !== null) {
    const start = pass.visibleStart;
    const end = pass.visibleEnd;
    // At the horizon the station does not "appear" or "vanish": it rises or sets, and the words say so.
    const risesInSight = start.elevationDeg < HORIZON_WORDING_DEG;
    const setsInSight = end.elevationDeg < HORIZON_WORDING_DEG;
    const highest = elevation(pass.visibleMaxElevationDeg);
    parts = {
      first: risesInSight
        ? words('describe.risesIn', { dir: dir(start.azimuthDeg) })
        : words('describe.appears', { elevation: elevation(start.elevationDeg), dir: dir(start.azimuthDeg) }),
      middle: words(risesInSight ? 'describe.climbsTo' : 'describe.risesTo', { elevation: highest }),
      last: setsInSight
        ? words('describe.setsIn', { dir: dir(end.azimuthDeg) })
        : words('describe.vanishes', { elevation: elevation(end.elevationDeg), dir: dir(end.azimuthDeg) }),
    };
  } else {
    parts = {
      first: words('describe.risesIn', { dir: dir(pass.rise.azimuthDeg) }),
      middle: words('describe.climbsToIn', {
        elevation: elevation(pass.maxElevationDeg),
        dir: dir(pass.culmination.azimuthDeg),
      }),
      last: words('describe.setsIn', { dir: dir(pass.set.azimuthDeg) }),
    };
  }
  return capitalise(words('describe.sentence', parts), speech.locale);
}
