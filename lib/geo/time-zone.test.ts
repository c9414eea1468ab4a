import { describe, expect, it } from 'vitest';
import { isNauticalZone, zonePlaceName } from '../format/zone-label';
import { timeZoneAt } from './time-zone';

/** UTC offset of a zone at one instant, in hours, from the platform's own zone data (independent of the lookup). */
function offsetHours(zone: string, atMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(atMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - atMs) / 3_600_000;
}
const DECEMBER = Date.parse('2026-12-06T12:00:00Z');

describe('timeZoneAt: places', () => {
  it.each([
    [51.5074, -0.1278, 'Europe/London'],
    [-36.8485, 174.7633, 'Pacific/Auckland'],
    [40.7128, -74.006, 'America/New_York'],
    [-1.2921, 36.8219, 'Africa/Nairobi'],
  ])('%s, %s is %s', (lat, lon, zone) => expect(timeZoneAt(lat, lon)).toBe(zone));
});

describe('timeZoneAt: borders', () => {
  it('Detroit and Windsor, across the river: two zones of the same offset', () => {
    expect(timeZoneAt(42.3314, -83.0458)).toBe('America/Detroit');
    expect(timeZoneAt(42.3149, -83.0364)).toBe('America/Toronto');
  });

  it('Basel (Switzerland) and Weil am Rhein (Germany), 3 km apart', () => {
    expect(timeZoneAt(47.5596, 7.5886)).toBe('Europe/Zurich');
    expect(timeZoneAt(47.5784, 7.6166)).toBe('Europe/Berlin');
  });

  it('the Bering Strait: Chukotka and Alaska, 21 hours apart in December', () => {
    const chukotka = timeZoneAt(65.8, -168.9);
    const alaska = timeZoneAt(65.7, -168.2);
    expect(chukotka).toBe('Asia/Anadyr');
    expect(alaska).toBe('America/Nome');
    expect(offsetHours(chukotka, DECEMBER) - offsetHours(alaska, DECEMBER)).toBe(21);
  });
});

describe('timeZoneAt: at sea, the nautical zone', () => {
  it.each([
    [30, -40],
    [-45, -150],
    [0, -30],
    [-60, 0],
    [0, -172.4],
  ])('%s, %s: a nautical zone whose offset is the longitude over 15 degrees, rounded', (lat, lon) => {
    const zone = timeZoneAt(lat, lon);
    expect(isNauticalZone(zone)).toBe(true);
    expect(zonePlaceName(zone)).toBeNull();
    expect(offsetHours(zone, DECEMBER)).toBe(Math.round(lon / 15) || 0);
  });

  it('the date line at sea: a step west to east is a whole day back', () => {
    const west = timeZoneAt(30, 179.9);
    const east = timeZoneAt(30, -179.9);
    expect(west).toBe('Etc/GMT-12');
    expect(east).toBe('Etc/GMT+12');
    expect(offsetHours(west, DECEMBER) - offsetHours(east, DECEMBER)).toBe(24);
  });

  it('wraps longitudes beyond 180 and refuses an impossible latitude', () => {
    expect(timeZoneAt(30, 180.1 - 360)).toBe(timeZoneAt(30, 180.1));
    expect(timeZoneAt(51.5074, -0.1278 + 360)).toBe('Europe/London');
    expect(() => timeZoneAt(91, 0)).toThrow(RangeError);
    expect(() => timeZoneAt(Number.NaN, 0)).toThrow(RangeError);
  });
});

describe('zonePlaceName', () => {
  it('names the place of a zone, and none for a nautical zone', () => {
    expect(zonePlaceName('Europe/London')).toBe('London');
    expect(zonePlaceName('America/Port_of_Spain')).toBe('Port of Spain');
    expect(zonePlaceName('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zonePlaceName('Etc/GMT+3')).toBeNull();
    expect(zonePlaceName('Etc/GMT')).toBeNull();
  });
});
