import { describe, expect, it } from 'vitest';
import { EN } from '../../test-support/i18n/speech';
import { formatTimeUntil } from './countdown';
import { displayFormat, zoneCity } from './zoned-clock';

const at = (iso: string) => Date.parse(iso);

describe('display clock words', () => {
  it('reads the wall clock of the zone, across midnight and the DST change', () => {
    const london = displayFormat('Europe/London', 'en');
    // 25 October 2026: 00:59:59 UTC is 01:59:59 BST; one second later the clocks have gone back to 01:00:00 GMT.
    expect([london.time(at('2026-10-25T00:59:59Z')), london.zone(at('2026-10-25T00:59:59Z'))]).toEqual([
      '01:59:59',
      'BST',
    ]);
    expect([london.time(at('2026-10-25T01:00:00Z')), london.zone(at('2026-10-25T01:00:00Z'))]).toEqual([
      '01:00:00',
      'GMT',
    ]);
    expect(london.day(at('2026-10-24T22:59:59Z'))).toBe('Sat 24 Oct');
    expect(london.day(at('2026-10-24T23:00:00Z'))).toBe('Sun 25 Oct');
    expect(london.hoursMinutes(at('2026-12-31T23:59:30Z'))).toBe('23:59');
  });

  it('uses the common abbreviation where English has one, an offset otherwise', () => {
    expect(displayFormat('Australia/Sydney', 'en').zone(at('2026-10-10T09:00:00Z'))).toBe('AEDT');
    expect(displayFormat('America/New_York', 'en').zone(at('2026-10-10T09:00:00Z'))).toBe('EDT');
    expect(displayFormat('Asia/Kolkata', 'en').zone(at('2026-10-10T09:00:00Z'))).toBe('IST');
    expect(displayFormat('UTC', 'en').zone(at('2026-10-10T09:00:00Z'))).toBe('UTC');
    expect(displayFormat('Asia/Tokyo', 'en').zone(at('2026-10-10T09:00:00Z'))).toMatch(/^(JST|GMT\+9)$/);
    expect(displayFormat('Australia/Sydney', 'en').time(at('2026-10-10T09:00:00Z'))).toBe('20:00:00');
  });

  it('keeps one formatter set per zone', () => {
    expect(displayFormat('Europe/Paris', 'en')).toBe(displayFormat('Europe/Paris', 'en'));
  });

  it('names zones by their city', () => {
    expect(zoneCity('Australia/Sydney')).toBe('Sydney');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });

  it('counts down to a pass in words that fit a glance', () => {
    expect(formatTimeUntil(19 * 60_000 + 5_000, EN)).toBe('in 19 min 05 s');
    expect(formatTimeUntil(3 * 3_600_000 + 12 * 60_000, EN)).toBe('in 3 h 12 min');
    expect(formatTimeUntil(2 * 86_400_000 + 4 * 3_600_000 + 59 * 60_000, EN)).toBe('in 2 d 04 h');
    expect(formatTimeUntil(-5, EN)).toBe('in 0 s');
  });
});
