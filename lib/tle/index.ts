export { parseTle, parseTleText, parseTleLines, TleParseError } from './parse';
export { tleChecksum } from './checksum';
export { tleEpochToMs, tleAgeDays } from './epoch';
export type { Tle, TleProblem } from './types';
