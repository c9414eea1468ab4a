'use client';

import { useEffect, useMemo, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { basemapGeometry, countriesOf, type BasemapGeometry, type BasemapResolution } from '@/lib/geo/basemap';
import { createRegionFinder, type Region, type RegionFinder } from '@/lib/geo/region';

export type { BasemapResolution, Region };

/** Where scripts/copy-basemap.mjs puts the Natural Earth files: static, so the browser and a CDN can cache them. */
export const basemapUrl = (resolution: BasemapResolution): string => `/basemap/countries-${resolution}.json`;

export interface Basemap {
  resolution: BasemapResolution;
  geometry: BasemapGeometry;
  /** Built on first use: the map alone never pays for the region index. */
  findRegion: RegionFinder;
  /** Milliseconds spent fetching+parsing and building the geometry (shown in the preview, for budgets). */
  timings: { fetchParseMs: number; geometryMs: number };
}

interface Entry {
  promise: Promise<Basemap>;
  value: Basemap | null;
  error: Error | null;
}

// One fetch per resolution per page, shared by the map and every "over <region>" label.
const cache = new Map<BasemapResolution, Entry>();

export function loadBasemap(resolution: BasemapResolution): Promise<Basemap> {
  const cached = cache.get(resolution);
  if (cached) return cached.promise;
  const promise = (async (): Promise<Basemap> => {
    const t0 = performance.now();
    const response = await fetch(basemapUrl(resolution));
    if (!response.ok) throw new Error(`basemap ${resolution}: HTTP ${response.status}`);
    const topology = (await response.json()) as Topology;
    const t1 = performance.now();
    const geometry = basemapGeometry(topology);
    const t2 = performance.now();
    let finder: RegionFinder | null = null;
    return {
      resolution,
      geometry,
      findRegion: (lat, lon) => {
        finder ??= createRegionFinder(countriesOf(topology));
        return finder(lat, lon);
      },
      timings: { fetchParseMs: t1 - t0, geometryMs: t2 - t1 },
    };
  })();
  const entry: Entry = { promise, value: null, error: null };
  promise.then(
    (basemap) => {
      entry.value = basemap;
    },
    (error: unknown) => {
      entry.error = error instanceof Error ? error : new Error(String(error));
      // Let a later mount try again (e.g. after the network came back).
      cache.delete(resolution);
    },
  );
  cache.set(resolution, entry);
  return entry.promise;
}

/** The basemap at a resolution, or null while it loads (or if it failed: the map then shows only the ocean). */
export function useBasemap(resolution: BasemapResolution = '110m'): Basemap | null {
  const [loaded, setLoaded] = useState<Basemap | null>(() => cache.get(resolution)?.value ?? null);
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
  const basemap = useBasemap(resolution);
  return useMemo(() => {
    if (basemap === null || latDeg == null || lonDeg == null || !Number.isFinite(latDeg) || !Number.isFinite(lonDeg)) {
      return null;
    }
    return basemap.findRegion(latDeg, lonDeg);
  }, [basemap, latDeg, lonDeg]);
}

/** Just the name of {@link useRegionDetailAt}: "United Kingdom", "North Atlantic Ocean", "Caspian Sea". */
export function useRegionAt(
  latDeg: number | null | undefined,
  lonDeg: number | null | undefined,
  resolution: BasemapResolution = '110m',
): string | null {
  return useRegionDetailAt(latDeg, lonDeg, resolution)?.name ?? null;
}
