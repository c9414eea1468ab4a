// Vallado's SGP4 verification set (test-support/fixtures/sgp4-ver.json) for the tests that check propagation against it.
import { readFileSync } from 'node:fs';

export interface VerCase {
  satnum: number;
  line1: string;
  line2: string;
  start_stop_step_min: [number, number, number];
  expected: Array<{ tsince_min: number; r_km: [number, number, number]; v_km_s: [number, number, number] }>;
}
interface VerFile {
  cases: VerCase[];
  tles_with_bad_checksum_in_file: number[];
}

export const ver = JSON.parse(readFileSync('test-support/fixtures/sgp4-ver.json', 'utf8')) as VerFile;
/** The deliberately broken cases (bad checksums or invalid elements). */
export const BROKEN = new Set(ver.tles_with_bad_checksum_in_file);
