import { describe, expect, it } from 'vitest';
import { EN } from '../../test-support/i18n/speech';
import { formatLatLon, formatLatitude, formatLongitude } from './coordinates';
import { formatAge, formatUtc } from './time';
import { formatDistance, formatSpeed, groupThousands } from './units';

describe('coordinates', () => {
  it('writes hemispheres as letters', () => {
    expect(formatLatLon(51.5074, -0.1278, EN)).toBe('51.51° N / 0.13° W');
    expect(formatLatitude(-33.8688, EN)).toBe('33.87° S');
    expect(formatLongitude(151.2093, EN)).toBe('151.21° E');
  });
});

describe('units', () => {
  it('groups thousands exactly as en-US number formatting does, without building a formatter', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const values = [0, 7, 999, 1000, 1234.4, 1234.5, 27_580.2, 999_999.6, 1_000_000, 98_765_432, -1234, -999.6];
    for (const v of values) expect(groupThousands(v, 'en'), String(v)).toBe(intl.format(Math.round(v)));
    // Where Intl would write "-0", a reading rounds to plain zero.
    expect(groupThousands(-0.4, 'en')).toBe('0');
  });
  it('converts to imperial with the exact mile', () => {
    expect(formatSpeed(27_600, 'metric', 'en')).toBe('27,600 km/h');
    expect(formatSpeed(27_600, 'imperial', 'en')).toBe('17,150 mph');
    expect(formatDistance(420, 'imperial', 'en')).toBe('261.0 mi');
  });
});

describe('time', () => {
  it('formats UTC unambiguously', () => {
    expect(formatUtc(Date.parse('2026-10-09T19:42:49.139Z'))).toBe('2026-10-09 19:42:49 UTC');
  });

  it('states TLE ages in the largest sensible unit', () => {
    expect(formatAge(2.44, EN)).toBe('2.4 days old');
    expect(formatAge(0.25, EN)).toBe('6 h old');
    expect(formatAge(0.005, EN)).toBe('7 min old');
    expect(formatAge(-0.5, EN)).toBe('12 h ahead');
    expect(formatAge(-0.1 / 1440, EN)).toBe('fresh at epoch');
  });
});

describe('countdown', () => {
  it('reads at a glance', async () => {
    const { formatCountdown } = await import('./countdown');
    expect(formatCountdown(2 * 3600_000 + 14 * 60_000 + 20_000, EN)).toBe('2 h 14 min');
    expect(formatCountdown(4 * 60_000 + 5_000, EN)).toBe('4 min 05 s');
    expect(formatCountdown(12_400, EN)).toBe('12 s');
    expect(formatCountdown(-5, EN)).toBe('0 s');
  });
});

describe('a list warning agrees with its count', () => {
  it('says "is" for one pass and "are" for several, in French, German and Spanish', async () => {
    const { speechFor } = await import('../../test-support/i18n/speech');
    const values = { total: 53, age: '16 jours', bound: '± 11 min' };
    const some = (locale: 'fr' | 'de' | 'es', count: number) =>
      speechFor(locale).words('warning.some', { ...values, count });
    expect(some('fr', 1)).toMatch(/^1 de ces 53 passages n’est pas prévisible/);
    expect(some('fr', 2)).toMatch(/^2 de ces 53 passages ne sont pas prévisibles/);
    expect(some('de', 1)).toMatch(/^1 von 53 Überflügen ist nicht/);
    expect(some('de', 3)).toMatch(/^3 von 53 Überflügen sind nicht/);
    expect(some('es', 1)).toMatch(/^1 de estos 53 pasos no se puede predecir/);
    expect(some('es', 4)).toMatch(/^4 de estos 53 pasos no se pueden predecir/);
    expect(EN.words('warning.some', { ...values, count: 1 })).toMatch(/^1 of these 53 passes cannot be predicted/);
  });
});
