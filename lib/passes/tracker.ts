import type { SatRec } from 'satellite.js';
import type { EpochMs } from '../units';
import { gmstRad } from '../orbit/geodetic';
import { minutesSinceEpoch, propagateMinutes } from '../orbit/propagate';
import { observerFrame, topocentricState, type ObserverFrame, type TopocentricState } from './look-angles';
import type { Observer } from './types';

export type TrackPoint = TopocentricState;

/** Evaluates one satellite as seen by one observer; holds what is fixed for the whole search. */
export class Tracker {
  readonly frame: ObserverFrame;
  /** Number of SGP4 evaluations so far: the search's cost, which tests and the benchmark read. */
  evaluations = 0;

  constructor(
    readonly satrec: SatRec,
    readonly observer: Observer,
  ) {
    this.frame = observerFrame(observer);
  }

  /** The satellite's state at a moment; null when SGP4 cannot propagate there (decay, bad elements). */
  at(atMs: EpochMs): TrackPoint | null {
    this.evaluations += 1;
    const state = propagateMinutes(this.satrec, minutesSinceEpoch(this.satrec, atMs));
    if (!state) return null;
    return topocentricState(atMs, state.position, state.velocity, gmstRad(atMs), this.frame);
  }
}
