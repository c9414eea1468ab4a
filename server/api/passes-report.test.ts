import { describe, expect, it } from 'vitest';
import { EN } from '@/test-support/i18n/speech';
import { parseTleText } from '../../lib/tle';
import { createSatrec } from '../../lib/orbit/satrec';
import { loadReference, REFERENCE_TLE, referenceVisible, type RefPass } from '../../test-support/passes';
import { MS_PER_DAY } from '../../lib/units';
import { passesQueryAccepted, passesQuerySchema, checkFromNearEpoch } from './passes-query';
import { buildPassesReport, type PassReport } from './passes-report';
import { predictionUncertainty } from '../../lib/orbit/uncertainty';
import { parseQuery } from './query';

const tle = parseTleText(REFERENCE_TLE)[0]!;
const satrec = createSatrec(tle);
const ms = (iso: string) => Date.parse(iso);

const query = (qs: string) => {
  const result = parseQuery(passesQuerySchema, passesQueryAccepted, new URLSearchParams(qs));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe.each(['london', 'houston', 'sydney'] as const)(
  'buildPassesReport against the Skyfield reference: %s',
  (city) => {
    const ref = loadReference(city);
    const report = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query(`lat=${ref.observer.lat_deg}&lon=${ref.observer.lon_deg}&from=${ref.window_start}&days=10`),
      nowMs: 0,
    });
    // The reference keeps passes culminating inside the window; ours overlap it, so compare on that basis.
    const inWindow = (p: PassReport) =>
      ms(p.culmination.time) >= ms(ref.window_start) && ms(p.culmination.time) <= ms(ref.window_end);

    it('lists every reference pass, in order, rise and set within 1 s, max elevation within 0.05 deg', () => {
      const ours = report.passes.filter(inWindow);
      expect(ours).toHaveLength(ref.passes.length);
      ours.forEach((pass, i) => {
        const r = ref.passes[i] as RefPass;
        expect(Math.abs(ms(pass.rise.time) - ms(r.rise))).toBeLessThan(1000);
        expect(Math.abs(ms(pass.set.time) - ms(r.set))).toBeLessThan(1000);
        expect(Math.abs(pass.maxElevation - r.max_elevation_deg)).toBeLessThan(0.05);
        expect(pass.culmination.elevation).toBe(pass.maxElevation);
        expect(pass.duration).toBeCloseTo((ms(r.set) - ms(r.rise)) / 1000, 0);
        if (r.rise_az_deg !== undefined) expect(Math.abs(pass.rise.azimuth - r.rise_az_deg)).toBeLessThan(0.05);
        if (r.set_az_deg !== undefined) expect(Math.abs(pass.set.azimuth - r.set_az_deg)).toBeLessThan(0.05);
        const rv = r.part_visible_geometric;
        expect(pass.visible).toBe(referenceVisible(rv));
        if (rv?.any_part_visible && rv.visible_start && rv.visible_end) {
          expect(pass.visibleMaxElevation).toBeGreaterThan((rv.visible_max_el_deg ?? NaN) - 0.05);
          expect(Math.abs(ms(pass.visibleStart!.time) - ms(rv.visible_start))).toBeLessThan(30_000);
          expect(Math.abs(ms(pass.visibleEnd!.time) - ms(rv.visible_end))).toBeLessThan(30_000);
          expect(pass.magnitude).toEqual(expect.any(Number));
        } else {
          expect(pass.visibleStart).toBeNull();
          expect(pass.visibleEnd).toBeNull();
          expect(pass.visibleMaxElevation).toBeNull();
          expect(pass.magnitude).toBeNull();
        }
      });
    });

    it('describes the window, the observer and the elements', () => {
      expect(report).toMatchObject({
        observer: { latitude: ref.observer.lat_deg, longitude: ref.observer.lon_deg, height: 0 },
        from: ref.window_start,
        to: ref.window_end,
        minElevation: 10,
        minVisibleElevation: 10,
        visibleOnly: false,
        satellite: { name: 'ISS (ZARYA)', noradId: 25544, tleEpoch: '2026-10-09T19:42:49.139Z', tleSource: 'embedded' },
        count: report.passes.length,
      });
      // Ten days from the epoch the times carry minutes of error: the list says by how much at worst.
      const worst = Math.max(...report.passes.map((p) => p.timeUncertaintySeconds));
      expect(worst).toBeGreaterThan(120);
      expect(report.warnings).toHaveLength(1);
      expect(report.warnings[0]).toMatch(
        report.passes.every((p) => p.predictable)
          ? /^Pass times may be off by up to ±\u00a0\d+\u00a0min/
          : /passes cannot be predicted/,
      );
    });
  },
);

describe('buildPassesReport options', () => {
  const base = 'lat=51.5074&lon=-0.1278&from=2026-10-09T19:42:49.139Z';
  const all = buildPassesReport({ speech: EN, tle, satrec, tleSource: 'embedded', query: query(base), nowMs: 0 });

  it('visibleOnly keeps exactly the visible passes', () => {
    const visible = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query(`${base}&visibleOnly=true`),
      nowMs: 0,
    });
    expect(visible.passes.length).toBeGreaterThan(0);
    expect(visible.passes).toEqual(all.passes.filter((p) => p.visible));
  });

  it("minVisibleElevation moves the visible rule: Houston's passes with a visible part under 10 deg count at 0", () => {
    const ref = loadReference('houston');
    const houston = `lat=${ref.observer.lat_deg}&lon=${ref.observer.lon_deg}&from=${ref.window_start}`;
    const strict = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query(`${houston}&visibleOnly`),
      nowMs: 0,
    });
    const lax = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query(`${houston}&visibleOnly&minVisibleElevation=0`),
      nowMs: 0,
    });
    const inWindow = (p: PassReport) => ms(p.culmination.time) <= ms(ref.window_end);
    expect(strict.passes.filter(inWindow)).toHaveLength(
      ref.passes.filter((r) => referenceVisible(r.part_visible_geometric)).length,
    );
    expect(lax.passes.filter(inWindow)).toHaveLength(
      ref.passes.filter((r) => referenceVisible(r.part_visible_geometric, 0)).length,
    );
    expect(lax.minVisibleElevation).toBe(0);
    for (const pass of lax.passes) expect(pass.visibleMaxElevation).toBeGreaterThanOrEqual(0);
  });

  it("names the observer's time zone: London, and the nautical zone mid-Atlantic", () => {
    expect(all.timeZone).toBe('Europe/London');
    const atSea = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query('lat=30&lon=-40&days=1'),
      nowMs: tle.epochMs,
    });
    expect(atSea.timeZone).toBe('Etc/GMT+3');
  });

  it('minElevation 0 adds the low passes of the reference', () => {
    const ref = loadReference('london');
    const low = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query(`${base}&minElevation=0`),
      nowMs: 0,
    });
    const inWindow = (p: PassReport) => ms(p.culmination.time) <= ms(ref.window_end);
    expect(low.passes.filter(inWindow)).toHaveLength(ref.passes.length + ref.passes_below_10deg.length);
  });

  it('from defaults to now; days sets the end', () => {
    const nowMs = ms('2026-10-10T00:00:00Z');
    const report = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query('lat=51.5&lon=0&days=2.5'),
      nowMs,
    });
    expect(report.from).toBe('2026-10-10T00:00:00.000Z');
    expect(report.to).toBe('2026-10-12T12:00:00.000Z');
    const worst = Math.max(...report.passes.map((p) => p.timeUncertaintySeconds));
    // Within three days of the epoch the times are good to the half minute: nothing to warn about.
    expect(worst).toBeLessThan(30);
    expect(report.warnings).toEqual([]);
    for (const pass of report.passes) {
      expect(ms(pass.set.time)).toBeGreaterThan(nowMs);
      expect(ms(pass.rise.time)).toBeLessThan(ms(report.to));
    }
  });

  it('says so plainly when an observer never sees the station (McMurdo)', () => {
    const report = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query('lat=-77.85&lon=166.67&days=30&minElevation=0'),
      nowMs: tle.epochMs,
    });
    expect(report.passes).toEqual([]);
  });
});

describe('passes query', () => {
  const error = (qs: string) => {
    const result = parseQuery(passesQuerySchema, passesQueryAccepted, new URLSearchParams(qs));
    return result.ok ? null : result.error.error;
  };

  it('applies the defaults', () => {
    expect(query('lat=1&lon=2')).toEqual({
      lat: 1,
      lon: 2,
      height: 0,
      days: 10,
      minElevation: 10,
      minVisibleElevation: 10,
      visibleOnly: false,
    });
    expect(query('lat=1&lon=2&visibleOnly')).toMatchObject({ visibleOnly: true });
    expect(query('lat=1&lon=2&visibleOnly=0&height=35&minElevation=0&days=30')).toMatchObject({
      visibleOnly: false,
      height: 35,
      minElevation: 0,
      days: 30,
    });
  });

  it.each([
    ['lon=2', 'lat', /required/],
    ['lat=&lon=2', 'lat', /required/],
    ['lat=91&lon=2', 'lat', /outside -90 to 90/],
    ['lat=NaN&lon=2', 'lat', /not a decimal number/],
    ['lat=1e1&lon=2', 'lat', /not a decimal number/],
    ['lat=1&lon=Infinity', 'lon', /not a decimal number/],
    ['lat=1&lon=-181', 'lon', /outside -180 to 180/],
    ['lat=1&lon=2&days=31', 'days', /outside 0 to 30/],
    ['lat=1&lon=2&days=0', 'days', /more than 0/],
    ['lat=1&lon=2&minElevation=-5', 'minElevation', /outside 0 to 90/],
    ['lat=1&lon=2&height=100000', 'height', /outside -500 to 9000/],
    ['lat=1&lon=2&from=next tuesday', 'from', /neither an ISO 8601/],
    ['lat=1&lon=2&minVisibleElevation=91', 'minVisibleElevation', /outside 0 to 90/],
    ['lat=1&lon=2&visibleOnly=maybe', 'visibleOnly', /not true or false/],
    ['lat=1&lat=2&lon=2', 'lat', /given 2 times/],
    ['lat=1&lon=2&day=3', 'day', /unknown parameter/],
  ])('%s is refused, naming %s', (qs, parameter, message) => {
    const e = error(qs);
    expect(e?.parameter).toBe(parameter);
    expect(e?.message).toMatch(message);
    expect(e?.accepted.length).toBeGreaterThan(10);
  });

  it('refuses a window far from the TLE epoch under the name "from"', () => {
    expect(checkFromNearEpoch(tle.epochMs + 400 * MS_PER_DAY, tle.epochMs)?.error.parameter).toBe('from');
    expect(checkFromNearEpoch(tle.epochMs + 30 * MS_PER_DAY, tle.epochMs)).toBeNull();
  });
});

describe('pass predictability', () => {
  const base = 'lat=51.5074&lon=-0.1278&from=2026-10-09T19:42:49.139Z&days=30&minElevation=0';
  const report = buildPassesReport({ speech: EN, tle, satrec, tleSource: 'embedded', query: query(base), nowMs: 0 });

  it('gives every pass the timing bound of the error model at its culmination', () => {
    for (const pass of report.passes) {
      const u = predictionUncertainty(tle, ms(pass.culmination.time));
      expect(pass.timeUncertaintySeconds).toBeCloseTo(u.timingSeconds, 1);
      expect(pass.predictable).toBe(u.placeable && u.timingSeconds <= pass.duration + 0.05);
    }
  });

  it('passes become unpredictable as the elements age, and stay so', () => {
    const firstUnpredictable = report.passes.findIndex((p) => !p.predictable);
    expect(firstUnpredictable).toBeGreaterThan(0);
    const lastPredictable = report.passes.map((p) => p.predictable).lastIndexOf(true);
    // A long pass may outlast a bound a shorter one before it did not; past 20 days none does.
    expect(ms(report.passes[lastPredictable]!.culmination.time) - tle.epochMs).toBeLessThan(20 * MS_PER_DAY);
    expect(report.warnings[0]).toMatch(/^\d+ of these \d+ passes cannot be predicted: from \d+ days after/);
  });

  it('a window wholly past the point where elements can place the station: none can be predicted', () => {
    const late = buildPassesReport({
      speech: EN,
      tle,
      satrec,
      tleSource: 'embedded',
      query: query('lat=51.5074&lon=-0.1278&from=2026-11-28T00:00:00Z&days=2'),
      nowMs: 0,
    });
    expect(late.passes.length).toBeGreaterThan(0);
    expect(late.passes.every((p) => !p.predictable)).toBe(true);
    expect(late.warnings).toEqual([
      expect.stringMatching(
        /^None of these passes can be predicted: with elements 50 days old, their times may be off by ±/,
      ),
    ]);
  });
});
