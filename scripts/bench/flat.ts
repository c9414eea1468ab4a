// Figure 6's "flat" for the DOM node and event-listener counts of a page left running, judged on samples taken
// every simulated hour.
//
// The counts move for two reasons that are not leaks. The basemap's tiles: Leaflet creates a canvas (with two
// handlers) for every 256 px tile the view and its keep-buffer touch and prunes the rest, so as the map follows
// the station their number moves with how the view sits on the tile grid (20 right after load, then 31-32 on
// /display). And the page's own states: a few nodes come and go with what a panel shows. A median of each
// day's samples then depends on which state the sampled hours happened to catch, so a check on it passes or
// fails by chance. What a leak does is raise the floor: it adds and never gives back. So the tiles are counted
// apart, and for the rest the lowest count of the last simulated day must be no higher than that of the first.
// The tiles must never be more on the last day than at any hour before it: Leaflet prunes them, so their number
// is bounded by the view; unpruned tiles would climb past every earlier count.

export interface CountSample {
  simulatedHours: number;
  /** The page's count (nodes or listeners), basemap tiles included. */
  total: number;
  /** The part of `total` that belongs to basemap tiles. */
  tiles: number;
}

export interface Flatness {
  /** Lowest count without the tiles over the first and the last simulated day. */
  firstDayFloor: number;
  lastDayFloor: number;
  /** Highest tile count before the last simulated day, and during it. */
  earlierTilesMax: number;
  lastDayTilesMax: number;
  flat: boolean;
}

/** The first and last "day" of a run: 24 h, or a third of a run shorter than 72 h. */
export function dayLength(hours: number): number {
  return Math.min(24, hours / 3);
}

export function flatness(samples: readonly CountSample[], hours: number): Flatness {
  const day = dayLength(hours);
  const first = samples.filter((s) => s.simulatedHours <= day);
  const last = samples.filter((s) => s.simulatedHours >= hours - day);
  // Holds the first day's samples too: the first day ends before the last one starts (a day is at most a third).
  const earlier = samples.filter((s) => s.simulatedHours < hours - day);
  if (first.length === 0 || last.length === 0) throw new RangeError('flatness: no sample in the first or the last day');
  const floor = (xs: readonly CountSample[]) => Math.min(...xs.map((s) => s.total - s.tiles));
  const tilesMax = (xs: readonly CountSample[]) => Math.max(...xs.map((s) => s.tiles));
  const result = {
    firstDayFloor: floor(first),
    lastDayFloor: floor(last),
    earlierTilesMax: tilesMax(earlier),
    lastDayTilesMax: tilesMax(last),
  };
  return {
    ...result,
    flat: result.lastDayFloor <= result.firstDayFloor && result.lastDayTilesMax <= result.earlierTilesMax,
  };
}
