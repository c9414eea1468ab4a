import path from 'node:path';
import { z } from 'zod';

// No `import 'server-only'` here on purpose: proxy.ts / next.config.ts may read FRAME_ANCESTORS too, and
// nothing in this file is secret. It reads process.env, so a client bundle would only ever see defaults.

export const DEFAULT_NORAD_ID = 25544;
export const DEFAULT_REFRESH_HOURS = 2;
/** CelesTrak asks clients not to fetch the same GP data more often than every 2 hours. */
export const MIN_HTTP_REFRESH_HOURS = 2;
export const DEFAULT_FETCH_TIMEOUT_MS = 5000;
export const DEFAULT_DATA_DIR = './.data';
export const CELESTRAK_ISS_URL = 'https://celestrak.org/NORAD/elements/gp.php?CATNR=25544&FORMAT=TLE';

/** One place to read a TLE from. */
export type Upstream = { kind: 'http'; url: string } | { kind: 'file'; path: string };

/**
 * 'none': the embedded TLE only (TLE_SOURCE=embedded). 'file': one operator file, authoritative, re-read when it
 * changes. 'http': fetched under the politeness rules; `chain` (when TLE_SOURCE lists more than one place) is
 * every place in the order given, tried one after the other in each attempt, `url` being the first http one.
 */
export type TleSourceSetting =
  { kind: 'none' } | { kind: 'http'; url: string; chain?: Upstream[] } | { kind: 'file'; path: string };

/** What TLE_SOURCE means when it is not set: live, from CelesTrak, falling back to disk and the embedded set. */
export const DEFAULT_TLE_SOURCE = 'celestrak';
const OFFLINE_WORDS = new Set(['embedded', 'none', 'offline']);

/**
 * 'fetch': this process polls an http TLE_SOURCE and writes what it gets to DATA_DIR. 'follow': it never contacts
 * upstream and serves what the fetching process wrote there, so several processes sharing one DATA_DIR (the
 * workers of `npm start`, or containers on one volume) make one upstream request per refresh, not one each.
 */
export type TleRole = 'fetch' | 'follow';

export interface ServerConfig {
  tleSource: TleSourceSetting;
  tleRole: TleRole;
  /** Absolute path of the directory holding the last good TLE. */
  dataDir: string;
  noradId: number;
  refreshHours: number;
  fetchTimeoutMs: number;
  tileUrl: string | null;
  tileAttribution: string | null;
  /** Origins allowed to embed the pages in a frame; empty = nobody. */
  frameAncestors: string[];
}

/** One bad environment variable, in words an operator can act on. */
export interface ConfigProblem {
  variable: string;
  value: string;
  message: string;
  accepted: string;
}

export interface LoadedConfig {
  config: ServerConfig;
  problems: ConfigProblem[];
}

type Env = Record<string, string | undefined>;

const blankToUndefined = (v: string | undefined): string | undefined =>
  v === undefined || v.trim() === '' ? undefined : v.trim();

/** Validate one variable with zod; on failure record the problem and use the fallback. */
function readVar<T>(
  env: Env,
  variable: string,
  schema: z.ZodType<T>,
  fallback: T,
  accepted: string,
  problems: ConfigProblem[],
): T {
  const raw = blankToUndefined(env[variable]);
  if (raw === undefined) return fallback;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  problems.push({
    variable,
    value: raw,
    message: result.error.issues[0]?.message ?? 'invalid value',
    accepted,
  });
  return fallback;
}

const numberFromString = (what: string, min: number, max: number, integer: boolean) =>
  z
    .string()
    .regex(integer ? /^\d+$/ : /^\d+(\.\d+)?$/, `is not ${integer ? 'a whole number' : 'a number'}`)
    .transform(Number)
    .pipe(z.number().min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`));

const isHttpUrl = (s: string): boolean => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

function parseUpstream(raw: string): Upstream | string {
  if (raw.toLowerCase() === 'celestrak') return { kind: 'http', url: CELESTRAK_ISS_URL };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    return isHttpUrl(raw) ? { kind: 'http', url: raw } : `"${raw}": only http:// and https:// URLs are supported`;
  }
  if (OFFLINE_WORDS.has(raw.toLowerCase())) return `"${raw}" cannot be combined with other sources`;
  return { kind: 'file', path: path.resolve(raw) };
}

const tleSourceSchema = z.string().transform((raw, ctx): TleSourceSetting => {
  if (OFFLINE_WORDS.has(raw.toLowerCase())) return { kind: 'none' };
  const chain: Upstream[] = [];
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const parsed = parseUpstream(entry);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    chain.push(parsed);
  }
  const firstHttp = chain.find((u) => u.kind === 'http');
  const only = chain[0];
  if (chain.length === 1 && only?.kind === 'file') return only;
  if (!firstHttp || !only) {
    ctx.addIssue({ code: 'custom', message: 'a list of sources needs at least one http(s) URL or "celestrak"' });
    return z.NEVER;
  }
  return chain.length === 1 ? { kind: 'http', url: firstHttp.url } : { kind: 'http', url: firstHttp.url, chain };
});

const tileUrlSchema = z
  .string()
  .refine(isHttpUrl, 'is not an http(s) URL')
  .refine(
    (s) => s.includes('{z}') && s.includes('{x}') && s.includes('{y}'),
    'must contain {z}, {x} and {y} placeholders',
  );

const ORIGIN = /^(https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?|'self')$/i;
const frameAncestorsSchema = z
  .string()
  .transform((s) => s.split(/\s+/).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine((o) => ORIGIN.test(o), { error: (issue) => `"${String(issue.input)}" is not an origin` }),
    ),
  );

/** Read and validate the operator configuration. Never throws: bad values fall back to defaults and are reported. */
export function loadServerConfig(env: Env = process.env, cwd: string = process.cwd()): LoadedConfig {
  const problems: ConfigProblem[] = [];

  const tleSource = readVar<TleSourceSetting>(
    { ...env, TLE_SOURCE: blankToUndefined(env.TLE_SOURCE) ?? DEFAULT_TLE_SOURCE },
    'TLE_SOURCE',
    tleSourceSchema,
    { kind: 'http', url: CELESTRAK_ISS_URL },
    '"celestrak" (the default), an http(s) URL returning one TLE, a local file path, or a comma-separated list of these tried in order; "embedded" = offline',
    problems,
  );
  const tleRole = readVar<TleRole>(
    env,
    'TLE_ROLE',
    z.enum(['fetch', 'follow'], { error: 'must be "fetch" or "follow"' }),
    'fetch',
    '"fetch" (this process polls an http TLE_SOURCE) or "follow" (it reads what the fetching process saved in DATA_DIR)',
    problems,
  );
  const dataDirRaw = readVar(env, 'DATA_DIR', z.string().min(1), DEFAULT_DATA_DIR, 'a directory path', problems);
  const noradId = readVar(
    env,
    'TLE_NORAD_ID',
    numberFromString('the catalogue number', 1, 339_999, true),
    DEFAULT_NORAD_ID,
    'a NORAD catalogue number, a whole number 1-339999 (ISS = 25544)',
    problems,
  );

  const minRefresh = tleSource.kind === 'http' ? MIN_HTTP_REFRESH_HOURS : 0.01;
  let refreshHours = readVar(
    env,
    'TLE_REFRESH_HOURS',
    numberFromString('the refresh interval', 0.01, 168, false),
    DEFAULT_REFRESH_HOURS,
    `hours between refreshes of an http source, ${MIN_HTTP_REFRESH_HOURS}-168 (a file source is re-read when it changes)`,
    problems,
  );
  if (refreshHours < minRefresh) {
    problems.push({
      variable: 'TLE_REFRESH_HOURS',
      value: String(refreshHours),
      message: `an http source may not be polled more often than every ${MIN_HTTP_REFRESH_HOURS} hours; using ${MIN_HTTP_REFRESH_HOURS}`,
      accepted: `${MIN_HTTP_REFRESH_HOURS}-168 for an http source`,
    });
    refreshHours = minRefresh;
  }

  const fetchTimeoutMs = readVar(
    env,
    'TLE_FETCH_TIMEOUT_MS',
    numberFromString('the timeout', 500, 60_000, true),
    DEFAULT_FETCH_TIMEOUT_MS,
    'milliseconds, a whole number 500-60000',
    problems,
  );

  let tileUrl = readVar<string | null>(
    env,
    'TILE_URL',
    tileUrlSchema,
    null,
    'an http(s) URL template with {z}/{x}/{y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    problems,
  );
  const tileAttribution = blankToUndefined(env.TILE_ATTRIBUTION) ?? null;
  if (tileUrl !== null && tileAttribution === null) {
    problems.push({
      variable: 'TILE_ATTRIBUTION',
      value: '',
      message:
        'TILE_URL is set but TILE_ATTRIBUTION is empty; tile providers require attribution, so the tile layer is off',
      accepted: 'the attribution text (HTML allowed) required by the tile provider',
    });
    tileUrl = null;
  }

  const frameAncestors = readVar(
    env,
    'FRAME_ANCESTORS',
    frameAncestorsSchema,
    [],
    "space-separated origins such as https://intranet.example.org or 'self'; unset = no embedding",
    problems,
  );

  return {
    config: {
      tleSource,
      tleRole,
      dataDir: path.resolve(cwd, dataDirRaw),
      noradId,
      refreshHours,
      fetchTimeoutMs,
      tileUrl,
      tileAttribution: tileUrl === null ? null : tileAttribution,
      frameAncestors,
    },
    problems,
  };
}

let cached: LoadedConfig | null = null;

/** The process-wide configuration, read once. */
export function getServerConfig(): LoadedConfig {
  cached ??= loadServerConfig();
  return cached;
}

export interface PublicMapConfig {
  tileUrl: string;
  tileAttribution: string;
}

/** What the client may know about the map: a raster tile layer for online deployments, or null (offline basemap). */
export function publicMapConfig(loaded: LoadedConfig = getServerConfig()): PublicMapConfig | null {
  const { tileUrl, tileAttribution } = loaded.config;
  return tileUrl !== null && tileAttribution !== null ? { tileUrl, tileAttribution } : null;
}

/** The CSP `frame-ancestors` directive for FRAME_ANCESTORS ('none' when unset). */
export function frameAncestorsDirective(loaded: LoadedConfig = getServerConfig()): string {
  const origins = loaded.config.frameAncestors;
  return `frame-ancestors ${origins.length === 0 ? "'none'" : origins.join(' ')}`;
}
