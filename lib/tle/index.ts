export { parseTle, parseTleText, parseTleLines, TleParseError } from './parse';
export { tleChecksum } from './checksum';
export { tleAgeDays } from './epoch';
export type { Tle } from './types';
