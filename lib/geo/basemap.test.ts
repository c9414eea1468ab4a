import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { BASEMAP_RESOLUTIONS, basemapGeometry, basemapGeometrySteps, type BasemapGeometry } from './basemap';
import { loadTopology } from '../../test-support/world-atlas';

function drain(topology: Topology): { geometry: BasemapGeometry; steps: number } {
  const steps = basemapGeometrySteps(topology);
  let count = 0;
  for (let result = steps.next(); ; result = steps.next()) {
    if (result.done) return { geometry: result.value, steps: count };
    count++;
  }
}

describe('basemapGeometrySteps', () => {
  // The page prepares the basemap a few pieces per task; it must draw exactly what the one-block build drew.
  it.each(BASEMAP_RESOLUTIONS)('%s: run to the end, gives exactly basemapGeometry', (resolution) => {
    const topology = loadTopology(resolution);
    const { geometry, steps } = drain(topology);
    expect(geometry).toEqual(basemapGeometry(topology));
    // One pause per polygon and per line: no step holds a whole layer.
    expect(steps).toBeGreaterThan(geometry.land.length / 2);
  });

  it('falls back to the countries when the topology has no dissolved land', () => {
    const full = loadTopology('110m');
    const withoutLand: Topology = {
      ...full,
      objects: { countries: full.objects.countries as Topology['objects'][string] },
    };
    expect(drain(withoutLand).geometry).toEqual(basemapGeometry(withoutLand));
  });
});
