import type { SatRec } from 'satellite.js';
import { useSimNowSelect } from '@/components/clock/clock-context';
import { stateAt } from '@/lib/orbit/propagate';
import { lookAnglesFromEcef, type LookAngles, type ObserverFrame, type Pass } from '@/lib/passes';
import type { EpochMs } from '@/lib/units';

const underWayAt = (pass: Pass, nowMs: EpochMs): boolean => nowMs >= pass.rise.atMs && nowMs <= pass.set.atMs;

/** Whether `pass` is above the horizon now; re-renders the caller only when that changes, not every tick. */
export function usePassUnderWay(pass: Pass): boolean {
  return useSimNowSelect((nowMs) => underWayAt(pass, nowMs));
}

/**
 * Where the station stands in the observer's sky while `pass` is under way, else null: the caller re-renders every
 * tick during the pass only.
 */
export function useLookAnglesDuring(
  satrec: SatRec,
  frame: ObserverFrame,
  pass: Pass,
): (LookAngles & { atMs: EpochMs }) | null {
  const nowMs = useSimNowSelect((t) => (underWayAt(pass, t) ? t : null));
  if (nowMs === null) return null;
  const state = stateAt(satrec, nowMs);
  return state ? { ...lookAnglesFromEcef(state.positionEcefKm, frame), atMs: nowMs } : null;
}
