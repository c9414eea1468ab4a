import { describe, expect, it } from 'vitest';
import { findPasses } from './find-passes';
import {
  DEFAULT_PASS_FILTERS,
  filtersFromSearchParams,
  parseStoredFilters,
  passMatchesFilters,
  passTimeOfDay,
  serializeFilters,
  withFilterParams,
  type PassFilters,
} from './pass-filters';
import { loadReference, observerOf, referenceSatrec } from '../../test-support/passes';

const satrec = referenceSatrec();

describe('evening or morning', () => {
  it.each([
    // London's visible passes of the reference come before dawn (04:30-05:20 UTC), Sydney's after dusk (19:00-21:45 local).
    ['london', 'morning'],
    ['sydney', 'evening'],
  ] as const)('%s: every visible reference pass is a %s pass', (city, expected) => {
    const ref = loadReference(city);
    const observer = observerOf(ref);
    const passes = findPasses(satrec, observer, {
      fromMs: Date.parse(ref.window_start),
      toMs: Date.parse(ref.window_end),
    });
    const visible = passes.filter((p) => p.visible);
    expect(visible.length).toBeGreaterThan(0);
    for (const pass of visible) expect(passTimeOfDay(pass, observer.longitudeDeg)).toBe(expected);
  });
});

describe('passMatchesFilters', () => {
  const ref = loadReference('houston');
  const observer = observerOf(ref);
  const passes = findPasses(satrec, observer, {
    fromMs: Date.parse(ref.window_start),
    toMs: Date.parse(ref.window_end),
    minElevationDeg: 0,
  });
  const keep = (filters: Partial<PassFilters>) =>
    passes.filter((p) => passMatchesFilters(p, observer.longitudeDeg, { ...DEFAULT_PASS_FILTERS, ...filters }));

  it('defaults keep every pass of 10 deg or more', () => {
    expect(keep({})).toEqual(passes.filter((p) => p.maxElevationDeg >= 10));
  });

  it('each filter keeps exactly what it says', () => {
    expect(keep({ visibleOnly: true }).every((p) => p.visible)).toBe(true);
    expect(keep({ minElevationDeg: 45 }).every((p) => p.maxElevationDeg >= 45)).toBe(true);
    expect(keep({ minElevationDeg: 45 }).length).toBeGreaterThan(0);
    const bright = keep({ maxMagnitude: -2 });
    expect(bright.length).toBeGreaterThan(0);
    expect(bright.every((p) => p.visible && p.magnitude !== null && p.magnitude <= -2)).toBe(true);
    expect(bright.length).toBeLessThan(keep({ visibleOnly: true }).length);
    const evening = keep({ timeOfDay: 'evening' });
    const morning = keep({ timeOfDay: 'morning' });
    expect(evening.length + morning.length).toBe(keep({}).length);
    expect(evening.length).toBeGreaterThan(0);
    expect(morning.length).toBeGreaterThan(0);
  });
});

describe('filters in the address and in storage', () => {
  const chosen: PassFilters = { visibleOnly: true, timeOfDay: 'evening', maxMagnitude: -2, minElevationDeg: 30 };

  it('round-trip through the address, writing only what differs from the default', () => {
    const params = withFilterParams(new URLSearchParams('lat=1&lon=2'), chosen);
    expect(params.toString()).toBe('lat=1&lon=2&visibleOnly=1&when=evening&maxMagnitude=-2&minElevation=30');
    expect(filtersFromSearchParams(params)).toEqual({ filters: chosen, problems: [] });
    expect(withFilterParams(params, DEFAULT_PASS_FILTERS).toString()).toBe('lat=1&lon=2');
  });

  it('an address without filters names none; a bad value is reported and falls back', () => {
    expect(filtersFromSearchParams(new URLSearchParams('lat=1&lon=2')).filters).toBeNull();
    const { filters, problems } = filtersFromSearchParams(
      new URLSearchParams('when=noon&maxMagnitude=bright&minElevation=95&visibleOnly=yes'),
    );
    expect(filters).toEqual(DEFAULT_PASS_FILTERS);
    expect(problems).toEqual([
      { param: 'visibleOnly', value: 'yes' },
      { param: 'when', value: 'noon' },
      { param: 'maxMagnitude', value: 'bright' },
      { param: 'minElevation', value: '95' },
    ]);
  });

  it('round-trip through storage; a foreign entry is ignored', () => {
    expect(parseStoredFilters(serializeFilters(chosen))).toEqual(chosen);
    expect(parseStoredFilters('not json')).toBeNull();
    expect(parseStoredFilters('{"when":"noon"}')).toBeNull();
    expect(parseStoredFilters(null)).toBeNull();
  });
});
