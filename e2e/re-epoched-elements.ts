import { readFileSync } from 'node:fs';
import { parseTleLines, parseTleText, type Tle } from '../lib/tle';
import { withEpoch } from '../test-support/tle/with-epoch';
import { MS_PER_DAY } from '../lib/units';
import { REFERENCE_EPOCH } from './helpers';

/**
 * Element sets that follow a clock for weeks: the embedded (reference) set first, then real ISS sets from
 * test-support/fixtures/tles.txt moved to a new epoch every `everyDays` days (only the epoch field changes, with its
 * line's checksum), so a page left open always holds elements a few days old, as a live feed would give it.
 */
export interface ScheduledSet {
  /** From when the server hands this set out: its epoch plus the hours a feed takes to publish it. */
  servedFromMs: number;
  tle: Tle;
}

const PUBLISHED_AFTER_MS = 2 * 3_600_000;

export function reEpochedIssSets(count: number, everyDays: number): ScheduledSet[] {
  const iss = parseTleText(readFileSync('test-support/fixtures/tles.txt', 'utf8')).filter((t) => t.noradId === 25544);
  // The embedded set (the server's offline default) is in the file too: the page starts with exactly it.
  const reference = iss.find((t) => Math.abs(t.epochMs - Date.parse(REFERENCE_EPOCH)) < 1);
  if (!reference) throw new Error(`the embedded set (${REFERENCE_EPOCH}) is not in tles.txt`);
  const others = iss.filter((t) => t.epochMs < reference.epochMs).slice(-(count - 1));
  if (others.length < count - 1) throw new Error(`only ${others.length} other ISS sets in tles.txt`);
  return [reference, ...others].map((source, k) => {
    const epochMs = reference.epochMs + k * everyDays * MS_PER_DAY;
    const tle = k === 0 ? source : parseTleLines(withEpoch(source.line1, epochMs), source.line2, source.name);
    return { servedFromMs: k === 0 ? -Infinity : epochMs + PUBLISHED_AFTER_MS, tle };
  });
}

/** The set the server hands out at `atMs`. */
export function setServedAt(sets: readonly ScheduledSet[], atMs: number): ScheduledSet {
  return sets.filter((s) => s.servedFromMs <= atMs).at(-1) ?? sets[0]!;
}
