import { timeZoneAt } from '../../lib/geo/time-zone';
import { findPasses } from '../../lib/passes/find-passes';
import type { Speech } from '../../lib/format/speech';
import { passListWarning, passPrediction, type PassPrediction } from '../../lib/passes/predictability';
import type { Pass, SkyPoint } from '../../lib/passes/types';
import type { SatRec } from '../../lib/orbit/satrec';
import type { Tle } from '../../lib/tle';
import { MS_PER_DAY, type EpochMs } from '../../lib/units';
import { isoFromMs } from './iso';
import type { PassesQuery } from './passes-query';
import type { TleSourceName } from './tle-report';

/** Where the satellite stands at one moment: ISO UTC time, degrees; range in km. */
export interface PassPointReport {
  time: string;
  /** Clockwise from true north, degrees. */
  azimuth: number;
  /** Geometric (no refraction), degrees. */
  elevation: number;
  /** Slant range from the observer, km. */
  range: number;
}

export interface PassReport {
  rise: PassPointReport;
  culmination: PassPointReport;
  set: PassPointReport;
  /** Degrees. */
  maxElevation: number;
  /** Seconds from rise to set. */
  duration: number;
  /**
   * A person can see it: the visible part (station sunlit, Sun at or below -6 deg, above the horizon) climbs to
   * `minVisibleElevation` (default 10 deg).
   */
  visible: boolean;
  /** The geometric visible part, whatever its height (a client may apply its own rule); null when there is none. */
  visibleStart: PassPointReport | null;
  visibleEnd: PassPointReport | null;
  /** Highest elevation of the geometric visible part, degrees; null when there is none. */
  visibleMaxElevation: number | null;
  /** Brightest visual magnitude over the geometric visible part (lower is brighter); null when there is none. */
  magnitude: number | null;
  /** Already above the horizon at `from` (its rise is before the window). */
  inProgressAtStart: boolean;
  /** Still above the horizon at `to` (its set is after the window). */
  endsAfterWindow: boolean;
  /** 95 % bound on each of the pass's times, seconds, from the age of the orbital elements at the pass. */
  timeUncertaintySeconds: number;
  /** False when that bound exceeds the pass's duration: the times are then not a prediction, only a computation. */
  predictable: boolean;
}

export interface PassesReport {
  observer: { latitude: number; longitude: number; height: number };
  /** The observer's IANA time zone, found offline from the coordinates ("Etc/GMT+3" at sea). */
  timeZone: string;
  from: string;
  to: string;
  minElevation: number;
  minVisibleElevation: number;
  visibleOnly: boolean;
  units: { angles: 'degrees'; duration: 'seconds'; range: 'kilometers'; height: 'meters' };
  satellite: { name: string | null; noradId: number; tleEpoch: string; tleSource: TleSourceName };
  /** Sentences about the prediction's reliability: how far its times may be off, and passes that cannot be predicted. */
  warnings: string[];
  count: number;
  passes: PassReport[];
}

export interface PassesReportInput {
  tle: Tle;
  satrec: SatRec;
  tleSource: TleSourceName;
  query: PassesQuery;
  /** The window start when the query has no `from`. */
  nowMs: EpochMs;
  /** The language of the human-readable `warning` (the API's `lang`); machine fields do not change with it. */
  speech: Speech;
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
};

function point(p: SkyPoint): PassPointReport {
  return {
    time: isoFromMs(p.atMs),
    azimuth: round(p.azimuthDeg, 2),
    elevation: round(p.elevationDeg, 3),
    range: round(p.rangeKm, 1),
  };
}

export function passReport(pass: Pass, prediction: PassPrediction): PassReport {
  return {
    rise: point(pass.rise),
    culmination: point(pass.culmination),
    set: point(pass.set),
    maxElevation: round(pass.maxElevationDeg, 3),
    duration: round(pass.durationSec, 1),
    visible: pass.visible,
    visibleStart: pass.visibleStart ? point(pass.visibleStart) : null,
    visibleEnd: pass.visibleEnd ? point(pass.visibleEnd) : null,
    visibleMaxElevation: pass.visibleMaxElevationDeg === null ? null : round(pass.visibleMaxElevationDeg, 3),
    magnitude: pass.magnitude === null ? null : round(pass.magnitude, 1),
    inProgressAtStart: pass.inProgressAtStart,
    endsAfterWindow: pass.endsAfterWindow,
    timeUncertaintySeconds: round(prediction.timeUncertaintySeconds, 1),
    predictable: prediction.predictable,
  };
}

/** The body of GET /api/passes: the same search the passes page runs in the browser. */
export function buildPassesReport({ tle, satrec, tleSource, query, nowMs, speech }: PassesReportInput): PassesReport {
  const fromMs = query.from ?? nowMs;
  const toMs = fromMs + query.days * MS_PER_DAY;
  const observer = { latitudeDeg: query.lat, longitudeDeg: query.lon, heightM: query.height };
  const found = findPasses(satrec, observer, {
    fromMs,
    toMs,
    minElevationDeg: query.minElevation,
    minVisibleElevationDeg: query.minVisibleElevation,
  });
  const listed = query.visibleOnly ? found.filter((pass) => pass.visible) : found;
  const entries = listed.map((pass) => ({ pass, prediction: passPrediction(tle, pass) }));
  const passes = entries.map(({ pass, prediction }) => passReport(pass, prediction));
  const warning = passListWarning(
    entries.map((e) => e.prediction),
    tle,
    fromMs,
    speech,
  );
  return {
    observer: { latitude: query.lat, longitude: query.lon, height: query.height },
    timeZone: timeZoneAt(query.lat, query.lon),
    from: isoFromMs(fromMs),
    to: isoFromMs(toMs),
    minElevation: query.minElevation,
    minVisibleElevation: query.minVisibleElevation,
    visibleOnly: query.visibleOnly,
    units: { angles: 'degrees', duration: 'seconds', range: 'kilometers', height: 'meters' },
    satellite: { name: tle.name, noradId: tle.noradId, tleEpoch: isoFromMs(tle.epochMs), tleSource },
    warnings: warning ? [warning] : [],
    count: passes.length,
    passes,
  };
}
