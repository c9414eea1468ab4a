import { MAX_SPEED, parseSpeedParam, parseTimeParam } from '../clock/sim-clock';
import { CONTEXT_PANEL_IDS, isContextPanelId, type ContextPanelId } from '../../content/panels';
import { isUnitSystem, type UnitSystem } from '../../lib/format/units';
import { cleanPlaceName, observerFromSearchParams, type LinkProblem, type ObserverPlace } from '../../lib/observer';
import type { EpochMs } from '../../lib/units';
import { canonicalTimeZone, formatClockTime, parseClockTime, type ClockTime } from './zoned-time';

export type DisplayTheme = 'dark' | 'high-contrast';
export const DISPLAY_THEMES: readonly DisplayTheme[] = ['dark', 'high-contrast'];

/** One context panel in the rotation and how long it stays on screen. */
export interface PanelSlot {
  id: ContextPanelId;
  seconds: number;
}

export interface DisplayConfig {
  /** Where passes are predicted for; null shows a hint in the pass card instead. */
  venue: ObserverPlace | null;
  units: UnitSystem;
  /** IANA zone of the local clock, pass times and daily reload: `tz`, else the venue's; null = the screen's own zone. */
  timeZone: string | null;
  theme: DisplayTheme;
  /** Panels in rotation order; empty = no panels (`panels=none`). */
  panels: PanelSlot[];
  /** Orbits of ground track drawn ahead of the station. */
  orbits: number;
  /** Daily reload at this wall-clock time in `timeZone`; null = never. */
  reloadAt: ClockTime | null;
  /** `t`: show this moment instead of now (rehearsals, screenshots); null = live. */
  startMs: EpochMs | null;
  /** `speed`: simulated seconds per real second when `t` is set. */
  speed: number;
}

/**
 * A parameter the screen could not use, and what it did instead, as a code with the values its sentence quotes:
 * components/display/config-notice.tsx words it in the screen's language, so this module stays free of any one
 * language. `param` is the parameter as written in the address (parameter names and their keywords are not
 * translated: they are what to type). `value` is the text found, cleaned and shortened for the screen (see `shown`).
 */
export type DisplayNotice =
  /** The venue's lat/lon/height, refused by lib/observer: the passes page words the same problems. */
  | { code: 'noVenue'; param: LinkProblem['param']; problem: LinkProblem }
  /** `name` or `height` without a location to belong to. */
  | { code: 'needsPlace'; param: 'name' | 'height' }
  | { code: 'units'; param: 'units'; value: string }
  /** `venueZone` is the zone used instead when there is a venue (see `withVenueTimeZone`), else null: the screen's. */
  | { code: 'timeZone'; param: 'tz'; value: string; venueZone: string | null }
  | { code: 'theme'; param: 'theme'; value: string }
  /** An entry that names no panel; `known` are the ids to use. */
  | { code: 'panelUnknown'; param: 'panels'; value: string; known: readonly ContextPanelId[] }
  | { code: 'panelTwice'; param: 'panels'; panel: ContextPanelId }
  | {
      code: 'panelSeconds';
      param: 'panels';
      panel: ContextPanelId;
      value: string;
      min: number;
      max: number;
      seconds: number;
    }
  /** Nothing usable in the whole list, so every panel is shown. */
  | { code: 'panelsNone'; param: 'panels'; value: string; known: readonly ContextPanelId[] }
  | { code: 'orbits'; param: 'orbits'; value: string; min: number; max: number; orbits: number }
  | { code: 'reload'; param: 'reload'; value: string }
  | { code: 'time'; param: 't'; value: string }
  | { code: 'speed'; param: 'speed'; value: string; max: number }
  /** A good speed, but without `t` there is no replay to speed up. */
  | { code: 'speedNeedsTime'; param: 'speed' }
  /** `param` is the unknown name itself; `value` the same name, cleaned for quoting. */
  | { code: 'unknownParam'; param: string; value: string };

export const DEFAULT_PANEL_SECONDS = 30;
export const MIN_PANEL_SECONDS = 5;
export const MAX_PANEL_SECONDS = 3600;
export const MIN_ORBITS = 1;
export const MAX_ORBITS = 5;
export const DEFAULT_ORBITS = 2;

export const DEFAULT_PANELS: readonly PanelSlot[] = CONTEXT_PANEL_IDS.map((id) => ({
  id,
  seconds: DEFAULT_PANEL_SECONDS,
}));

export const DEFAULT_DISPLAY_CONFIG: Readonly<DisplayConfig> = {
  venue: null,
  units: 'metric',
  timeZone: null,
  theme: 'dark',
  panels: [...DEFAULT_PANELS],
  orbits: DEFAULT_ORBITS,
  reloadAt: null,
  startMs: null,
  speed: 1,
};

/** Every parameter the display reads; anything else earns a notice (a typo such as `unit=` would otherwise be silent). */
export const DISPLAY_PARAMS = [
  'lat',
  'lon',
  'height',
  'name',
  'units',
  'tz',
  'theme',
  'panels',
  'orbits',
  'reload',
  't',
  'speed',
] as const;

/** A value from the address as a notice quotes it: at most 40 characters, no control characters. */
const shown = (value: string): string => {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return cleanPlaceName(short) ?? short.trim();
};

/** Trimmed first value; an empty parameter is the same as leaving it out. */
function read(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function parsePanels(text: string, allNotices: DisplayNotice[]): PanelSlot[] {
  if (text.toLowerCase() === 'none') return [];
  const slots: PanelSlot[] = [];
  const notices: DisplayNotice[] = [];
  for (const rawItem of text.split(',')) {
    const item = rawItem.trim();
    if (item === '') continue;
    const [rawId = '', rawSeconds, ...rest] = item.split(':');
    const id = rawId.trim().toLowerCase();
    if (!isContextPanelId(id) || rest.length > 0) {
      notices.push({ code: 'panelUnknown', param: 'panels', value: shown(item), known: CONTEXT_PANEL_IDS });
      continue;
    }
    if (slots.some((slot) => slot.id === id)) {
      notices.push({ code: 'panelTwice', param: 'panels', panel: id });
      continue;
    }
    let seconds = DEFAULT_PANEL_SECONDS;
    if (rawSeconds !== undefined) {
      const n = Number(rawSeconds.trim());
      if (rawSeconds.trim() !== '' && Number.isInteger(n) && n >= MIN_PANEL_SECONDS && n <= MAX_PANEL_SECONDS) {
        seconds = n;
      } else {
        notices.push({
          code: 'panelSeconds',
          param: 'panels',
          panel: id,
          value: shown(rawSeconds),
          min: MIN_PANEL_SECONDS,
          max: MAX_PANEL_SECONDS,
          seconds: DEFAULT_PANEL_SECONDS,
        });
      }
    }
    slots.push({ id, seconds });
  }
  if (slots.length === 0) {
    allNotices.push({ code: 'panelsNone', param: 'panels', value: shown(text), known: CONTEXT_PANEL_IDS });
    return [...DEFAULT_PANELS];
  }
  allNotices.push(...notices);
  return slots;
}

/**
 * The display's settings from its address. Never fails: every unusable parameter falls back to its default and
 * adds a notice, so a typo shows a small note on a working screen rather than a blank one.
 */
export function parseDisplayConfig(params: URLSearchParams): { config: DisplayConfig; notices: DisplayNotice[] } {
  const notices: DisplayNotice[] = [];
  const config: DisplayConfig = { ...DEFAULT_DISPLAY_CONFIG, panels: [...DEFAULT_PANELS] };

  const { observer, problems } = observerFromSearchParams(params);
  if (observer) config.venue = observer;
  for (const problem of problems) notices.push({ code: 'noVenue', param: problem.param, problem });
  if (params.get('lat') === null && params.get('lon') === null) {
    if (read(params, 'name') !== null) notices.push({ code: 'needsPlace', param: 'name' });
    if (read(params, 'height') !== null) notices.push({ code: 'needsPlace', param: 'height' });
  }

  const units = read(params, 'units')?.toLowerCase() ?? null;
  if (units !== null) {
    if (isUnitSystem(units)) config.units = units;
    else notices.push({ code: 'units', param: 'units', value: shown(units) });
  }

  const tz = read(params, 'tz');
  if (tz !== null) {
    const zone = canonicalTimeZone(tz);
    if (zone) config.timeZone = zone;
    else notices.push({ code: 'timeZone', param: 'tz', value: shown(tz), venueZone: null });
  }

  const theme = read(params, 'theme')?.toLowerCase() ?? null;
  if (theme !== null) {
    const found = DISPLAY_THEMES.find((t) => t === theme);
    if (found) config.theme = found;
    else notices.push({ code: 'theme', param: 'theme', value: shown(theme) });
  }

  const panels = read(params, 'panels');
  if (panels !== null) config.panels = parsePanels(panels, notices);

  const orbits = read(params, 'orbits');
  if (orbits !== null) {
    const n = Number(orbits);
    if (/^\d+$/.test(orbits) && n >= MIN_ORBITS && n <= MAX_ORBITS) config.orbits = n;
    else
      notices.push({
        code: 'orbits',
        param: 'orbits',
        value: shown(orbits),
        min: MIN_ORBITS,
        max: MAX_ORBITS,
        orbits: DEFAULT_ORBITS,
      });
  }

  const reload = read(params, 'reload');
  if (reload !== null && reload.toLowerCase() !== 'off') {
    const time = parseClockTime(reload);
    if (time) config.reloadAt = time;
    else notices.push({ code: 'reload', param: 'reload', value: shown(reload) });
  }

  const t = read(params, 't');
  if (t !== null) {
    const startMs = parseTimeParam(t);
    if (startMs !== null) config.startMs = startMs;
    else notices.push({ code: 'time', param: 't', value: shown(t) });
  }
  const speed = read(params, 'speed');
  if (speed !== null) {
    const value = parseSpeedParam(speed);
    if (value === null) notices.push({ code: 'speed', param: 'speed', value: shown(speed), max: MAX_SPEED });
    else if (config.startMs === null) notices.push({ code: 'speedNeedsTime', param: 'speed' });
    else config.speed = value;
  }

  for (const key of new Set(params.keys())) {
    if ((DISPLAY_PARAMS as readonly string[]).includes(key) || key.startsWith('_') || key.startsWith('utm_')) continue;
    notices.push({ code: 'unknownParam', param: key, value: shown(key) });
  }
  return { config, notices };
}

/** The address of a configuration, for the README and share links: only what differs from the defaults. */
export function displayConfigToParams(config: DisplayConfig): URLSearchParams {
  const params = new URLSearchParams();
  if (config.venue) {
    params.set('lat', String(config.venue.latitudeDeg));
    params.set('lon', String(config.venue.longitudeDeg));
    if (config.venue.heightM !== 0) params.set('height', String(config.venue.heightM));
    if (config.venue.name) params.set('name', config.venue.name);
  }
  if (config.units !== 'metric') params.set('units', config.units);
  if (config.timeZone) params.set('tz', config.timeZone);
  if (config.theme !== 'dark') params.set('theme', config.theme);
  const panels = config.panels.length === 0 ? 'none' : config.panels.map((p) => `${p.id}:${p.seconds}`).join(',');
  if (panels !== DEFAULT_PANELS.map((p) => `${p.id}:${p.seconds}`).join(',')) params.set('panels', panels);
  if (config.orbits !== DEFAULT_ORBITS) params.set('orbits', String(config.orbits));
  if (config.reloadAt) params.set('reload', formatClockTime(config.reloadAt));
  if (config.startMs !== null) {
    params.set('t', new Date(config.startMs).toISOString());
    if (config.speed !== 1) params.set('speed', String(config.speed));
  }
  return params;
}

/**
 * Without `tz`, the venue's own zone (from its coordinates): a screen shows the time of the place it stands in, not
 * of the machine that drives it. The lookup is passed in (`timeZoneAt` of lib/geo/time-zone.ts, on the server) so
 * that this module, which the browser also loads, does not carry the zone data.
 */
export function withVenueTimeZone(
  parsed: { config: DisplayConfig; notices: DisplayNotice[] },
  timeZoneAt: (latDeg: number, lonDeg: number) => string,
): { config: DisplayConfig; notices: DisplayNotice[] } {
  const { config, notices } = parsed;
  if (config.timeZone !== null || config.venue === null) return parsed;
  const zone = timeZoneAt(config.venue.latitudeDeg, config.venue.longitudeDeg);
  return {
    config: { ...config, timeZone: zone },
    // The bad tz's notice now says which zone stands in for it: the venue's, not the screen's.
    notices: notices.map((n) => (n.code === 'timeZone' ? { ...n, venueZone: zone } : n)),
  };
}
