import { describe, expect, it } from 'vitest';
import { EN } from '../../test-support/i18n/speech';
import { zoneLabel } from './zone-label';

const DECEMBER = Date.parse('2026-12-06T12:00:00Z');
const OCTOBER = Date.parse('2026-10-10T12:00:00Z');

describe('zoneLabel', () => {
  it('names the place and the abbreviation in force at that moment', () => {
    expect(zoneLabel('Europe/London', DECEMBER, EN)).toBe('London time, GMT');
    expect(zoneLabel('Europe/London', OCTOBER, EN)).toBe('London time, BST');
    expect(zoneLabel('Pacific/Auckland', DECEMBER, EN)).toBe('Auckland time, NZDT');
    expect(zoneLabel('America/New_York', DECEMBER, EN)).toBe('New York time, EST');
  });

  it('at sea, the nautical zone with its usual sign; UTC as UTC', () => {
    expect(zoneLabel('Etc/GMT+3', DECEMBER, EN)).toBe('nautical zone, GMT-3');
    expect(zoneLabel('Etc/GMT-12', DECEMBER, EN)).toBe('nautical zone, GMT+12');
    expect(zoneLabel('UTC', DECEMBER, EN)).toBe('UTC');
  });
});
