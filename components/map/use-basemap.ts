import { useEffect, useMemo, useState } from 'react';
import type { Topology } from 'topojson-specification';
import {
  basemapGeometrySteps,
  countryCount,
  countryFeatureAt,
  type BasemapGeometry,
  type BasemapResolution,
} from '@/lib/geo/basemap';
import {
  regionFinderFromPieces,
  regionPiecesOf,
  type IndexedPiece,
  type Region,
  type RegionFinder,
} from '@/lib/geo/region';
import { basemapUrl } from './basemap-url';
import { useRegionName } from './use-region-name';
import { requestedBasemaps } from './basemap-requests';
import { runInSlices, SLICE_MS, yieldToMain } from './yield-to-main';

export type { BasemapResolution, Region };

export interface Basemap {
  resolution: BasemapResolution;
  geometry: BasemapGeometry;
  topology: Topology;
  /** Milliseconds spent fetching+parsing and building the geometry (shown in the preview, for budgets). */
  timings: { fetchParseMs: number; geometryMs: number };
}

interface Entry<T> {
  promise: Promise<T>;
  value: T | null;
}

/** A promise per resolution, its value kept once settled; a failure is forgotten, so a later call tries again. */
function cached<T>(cache: Map<BasemapResolution, Entry<T>>, resolution: BasemapResolution, load: () => Promise<T>) {
  const hit = cache.get(resolution);
  if (hit) return hit.promise;
  const entry: Entry<T> = { promise: load(), value: null };
  entry.promise.then(
    (value) => {
      entry.value = value;
    },
    () => cache.delete(resolution),
  );
  cache.set(resolution, entry);
  return entry.promise;
}

interface LoadedTopology {
  topology: Topology;
  fetchParseMs: number;
}

// One fetch per resolution per page, shared by the map and every "over <region>" label.
const topologies = new Map<BasemapResolution, Entry<LoadedTopology>>();
// The map's drawing geometry, built only when a map asks for it: the labels need the topology alone.
const basemaps = new Map<BasemapResolution, Entry<Basemap>>();

function loadTopology(resolution: BasemapResolution): Promise<LoadedTopology> {
  return cached(topologies, resolution, async () => {
    const t0 = performance.now();
    const url = basemapUrl(resolution);
    requestedBasemaps.add(url);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`basemap ${resolution}: HTTP ${response.status}`);
    const topology = (await response.json()) as Topology;
    return { topology, fetchParseMs: performance.now() - t0 };
  });
}

export function loadBasemap(resolution: BasemapResolution): Promise<Basemap> {
  return cached(basemaps, resolution, async () => {
    const { topology, fetchParseMs } = await loadTopology(resolution);
    const t1 = performance.now();
    // In short tasks rather than one block: the 50m land and coast take 100 ms and more to prepare, which would
    // freeze the page (scrolling, the 1 Hz tick, the marker's first frames) while the map appears.
    await yieldToMain();
    const geometry: BasemapGeometry = await runInSlices(basemapGeometrySteps(topology));
    return { resolution, geometry, topology, timings: { fetchParseMs, geometryMs: performance.now() - t1 } };
  });
}

const finders = new Map<BasemapResolution, Promise<RegionFinder>>();

/** Resolves when the main thread is idle (or after a second at most), for work nobody is waiting on. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}

/**
 * The region index ("over <country>"), built from the basemap once the page is idle and a few countries at a
 * time: the 50m outlines take well over 100 ms to index on a slow machine, and the map and the first telemetry
 * should not wait for, nor stutter behind, a label that can come a moment later.
 */
async function buildRegionFinder({ topology }: LoadedTopology): Promise<RegionFinder> {
  await whenIdle();
  const pieces: IndexedPiece[] = [];
  let sliceStart = performance.now();
  for (let i = 0, n = countryCount(topology); i < n; i++) {
    const feature = countryFeatureAt(topology, i);
    if (feature) pieces.push(...regionPiecesOf(feature));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return regionFinderFromPieces(pieces);
}

function loadRegionFinder(resolution: BasemapResolution): Promise<RegionFinder> {
  let promise = finders.get(resolution);
  if (promise === undefined) {
    promise = loadTopology(resolution).then(buildRegionFinder);
    promise.catch(() => finders.delete(resolution));
    finders.set(resolution, promise);
  }
  return promise;
}

function useRegionFinder(resolution: BasemapResolution): RegionFinder | null {
  const [loaded, setLoaded] = useState<{ resolution: BasemapResolution; find: RegionFinder } | null>(null);
  useEffect(() => {
    let live = true;
    loadRegionFinder(resolution).then(
      (find) => {
        if (live) setLoaded({ resolution, find });
      },
      (error: unknown) => {
        console.warn('Orbit Watch: the region labels could not be loaded', error);
      },
    );
    return () => {
      live = false;
    };
  }, [resolution]);
  return loaded !== null && loaded.resolution === resolution ? loaded.find : null;
}

/** The basemap at a resolution, or null while it loads (or if it failed: the map then shows only the ocean). */
export function useBasemap(resolution: BasemapResolution = '110m'): Basemap | null {
  const [loaded, setLoaded] = useState<Basemap | null>(() => basemaps.get(resolution)?.value ?? null);
  useEffect(() => {
    let live = true;
    loadBasemap(resolution).then(
      (basemap) => {
        if (live) setLoaded(basemap);
      },
      (error: unknown) => {
        console.warn('Orbit Watch: the basemap could not be loaded', error);
      },
    );
    return () => {
      live = false;
    };
  }, [resolution]);
  return loaded !== null && loaded.resolution === resolution ? loaded : null;
}

/**
 * The country or named water under a point, from the offline basemap; null until it has loaded (or without a
 * point). Callers that re-render every second pass the current sub-satellite point; the look-up costs microseconds.
 */
export function useRegionDetailAt(
  latDeg: number | null | undefined,
  lonDeg: number | null | undefined,
  resolution: BasemapResolution = '110m',
): Region | null {
  const find = useRegionFinder(resolution);
  return useMemo(() => {
    if (find === null || latDeg == null || lonDeg == null || !Number.isFinite(latDeg) || !Number.isFinite(lonDeg)) {
      return null;
    }
    return find(latDeg, lonDeg);
  }, [find, latDeg, lonDeg]);
}

/**
 * Just the name of {@link useRegionDetailAt}, in the page's language: "United Kingdom", "North Atlantic Ocean",
 * "Caspian Sea" in English; "Royaume-Uni", "Nordatlantik", "カスピ海" elsewhere. Needs next-intl's provider
 * (the root layout gives every page one).
 */
export function useRegionAt(
  latDeg: number | null | undefined,
  lonDeg: number | null | undefined,
  resolution: BasemapResolution = '110m',
): string | null {
  return useRegionName(useRegionDetailAt(latDeg, lonDeg, resolution));
}
