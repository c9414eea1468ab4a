import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { BasemapResolution } from '../lib/geo/basemap';

// Tests read the same Natural Earth files the app serves, straight from the installed world-atlas package.
const require = createRequire(import.meta.url);
const cache = new Map<BasemapResolution, Topology>();

export function loadTopology(resolution: BasemapResolution): Topology {
  const cached = cache.get(resolution);
  if (cached) return cached;
  const path = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  cache.set(resolution, topology);
  return topology;
}
