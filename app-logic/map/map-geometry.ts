/**
 * How the map samples what it draws, shared by the live map (components/map/orbit-overlay.ts, night-shade.ts) and
 * its picture (map-picture.ts): the same numbers, so the hand-over from one to the other changes nothing.
 */

/** The ground track: one sample every 30 s. */
export const TRACK_STEP_MS = 30_000;
/** A picked pass or the band where the station may be: one sample every 10 s. */
export const HIGHLIGHT_STEP_MS = 10_000;
/** Night's bands, by the Sun's altitude: night, then civil, nautical and astronomical darkness. */
export const NIGHT_BANDS_DEG = [0, -6, -12, -18] as const;
/** Sides of each band's outline. */
export const NIGHT_SEGMENTS = 144;
/** The station's marker is a 16 px dot: a band of where it may be is drawn once it is longer. */
export const MARKER_PX = 16;
