import { describe, expect, it } from 'vitest';
import { basemapSvg } from './basemap-svg';

describe('basemapSvg', () => {
  const svg = basemapSvg();
  it('is one world of graticule, equator, land, borders and coast', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 1000"')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(5);
    expect(svg).toContain('fill-rule="evenodd"');
    // A first-paint asset: simplified to about a pixel on a phone, it stays small.
    expect(svg.length).toBeLessThan(80_000);
  });
});
