export {
  DEFAULT_DISPLAY_CONFIG,
  DEFAULT_PANELS,
  DEFAULT_PANEL_SECONDS,
  DISPLAY_PARAMS,
  DISPLAY_THEMES,
  displayConfigToParams,
  parseDisplayConfig,
  type DisplayConfig,
  type DisplayNotice,
  type DisplayTheme,
  type PanelSlot,
} from './config';
export {
  BURN_IN_AMPLITUDE_PX,
  BURN_IN_PERIOD_MS,
  BURN_IN_STEPS,
  burnInOffset,
  nextBurnInChangeMs,
  type PixelOffset,
} from './burn-in';
export { rotationAt, type RotationState } from './rotation';
export {
  REBOOST_THRESHOLD_KM,
  compareElementSets,
  semiMajorAxisKm,
  type ElementSet,
  type OrbitChange,
  type OrbitChangeKind,
} from './reboost';
export { INITIAL_CONNECTION, connectionAfter, type ConnectionEvent, type ConnectionState } from './connection';
export { VERSION_POLL_MS, buildIdFromVersionBody, shouldReloadForBuild, type BuildCheck } from './build-change';
export {
  PASS_RESEARCH_MS,
  currentVisiblePass,
  passSearchIsStale,
  type PassSearch,
  type VisiblePassNow,
} from '../../lib/passes/next-pass';
export {
  canonicalTimeZone,
  formatClockTime,
  nextWallClockMs,
  parseClockTime,
  zoneOffsetMs,
  type ClockTime,
} from './zoned-time';
export { displayFormat, formatTimeUntil, zoneCity, type DisplayFormat } from '../../lib/format/zoned-clock';
