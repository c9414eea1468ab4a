import { describe, expect, it } from 'vitest';
import { outlineWithoutMapEdges, splitLineAtAntimeridian, splitTrackAtAntimeridian } from './antimeridian';
import { latLon, lonLat, type LatLon, type LonLat } from './lat-lon';
import { pointInRings } from './oceans';

// The checks that matter here run at compile time: `tsc --noEmit` (npm run typecheck, and the first step of
// npm test) compiles this file, and every `@ts-expect-error` below fails the build if the line under it ever
// compiles, that is, if a swap of the two orders stops being a type error.

describe('LatLon and LonLat cannot be swapped', () => {
  it('refuses one order where the other is expected, and plain tuples for either', () => {
    const track: LatLon = latLon(51.5, -0.1);
    const coast: LonLat = lonLat(-0.1, 51.5);

    // @ts-expect-error a [lon, lat] point is not a [lat, lon] point
    const swappedToLatLon: LatLon = coast;
    // @ts-expect-error a [lat, lon] point is not a [lon, lat] point
    const swappedToLonLat: LonLat = track;
    // @ts-expect-error an unbranded tuple says nothing about its order
    const plain: LatLon = [51.5, -0.1];
    // @ts-expect-error the track splitter takes [lat, lon] only
    splitTrackAtAntimeridian([coast, coast]);
    // @ts-expect-error the coastline splitter takes [lon, lat] only
    splitLineAtAntimeridian([track, track]);
    // @ts-expect-error the map-edge outline is in Leaflet's order
    outlineWithoutMapEdges([[coast, coast, coast]]);
    // @ts-expect-error the water rings are in GeoJSON's order
    pointInRings(0, 0, [[track, track, track]]);

    // The brand is type-only: at run time both are plain pairs in the order their constructor names.
    expect([track, coast, swappedToLatLon, swappedToLonLat, plain]).toEqual([
      [51.5, -0.1],
      [-0.1, 51.5],
      [-0.1, 51.5],
      [51.5, -0.1],
      [51.5, -0.1],
    ]);
    expect(Array.isArray(track) && track.length === 2 && Object.keys(track)).toEqual(['0', '1']);
  });

  it('still hands Leaflet a plain [lat, lon] tuple', () => {
    // What components/map passes to Leaflet: a LatLon must stay assignable to a mutable [number, number].
    const leafletTuple: [number, number] = latLon(10, 20);
    expect(leafletTuple).toEqual([10, 20]);
  });
});
