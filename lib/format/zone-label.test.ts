import { describe, expect, it } from 'vitest';
import { zoneLabel } from './zone-label';

const DECEMBER = Date.parse('2026-12-06T12:00:00Z');
const OCTOBER = Date.parse('2026-10-10T12:00:00Z');

describe('zoneLabel', () => {
  it('names the place and the abbreviation in force at that moment', () => {
    expect(zoneLabel('Europe/London', DECEMBER)).toBe('London time, GMT');
    expect(zoneLabel('Europe/London', OCTOBER)).toBe('London time, BST');
    expect(zoneLabel('Pacific/Auckland', DECEMBER)).toBe('Auckland time, NZDT');
    expect(zoneLabel('America/New_York', DECEMBER)).toBe('New York time, EST');
  });

  it('at sea, the nautical zone with its usual sign; UTC as UTC', () => {
    expect(zoneLabel('Etc/GMT+3', DECEMBER)).toBe('nautical zone, GMT-3');
    expect(zoneLabel('Etc/GMT-12', DECEMBER)).toBe('nautical zone, GMT+12');
    expect(zoneLabel('UTC', DECEMBER)).toBe('UTC');
  });
});
