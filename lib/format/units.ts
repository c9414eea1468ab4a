import { KM_PER_MILE, type Kilometers, type KmPerHour } from '../units';
import { formatNumber } from './speech';

export type UnitSystem = 'metric' | 'imperial';

export const isUnitSystem = (value: unknown): value is UnitSystem => value === 'metric' || value === 'imperial';

/** A whole number with the locale's grouping: "27,600" (en), "27 600" (fr), "27.600" (de). */
export const groupThousands = (value: number, locale: string): string => formatNumber(value, locale, 0);

/** Unit symbols are the same in every language we speak ("km", "mi"); the digits and separators are not. */
export function formatDistance(km: Kilometers, system: UnitSystem, locale: string, digits = 1): string {
  return system === 'metric'
    ? `${formatNumber(km, locale, digits)} km`
    : `${formatNumber(km / KM_PER_MILE, locale, digits)} mi`;
}

export function formatSpeed(kmPerHour: KmPerHour, system: UnitSystem, locale: string): string {
  return system === 'metric'
    ? `${groupThousands(kmPerHour, locale)} km/h`
    : `${groupThousands(kmPerHour / KM_PER_MILE, locale)} mph`;
}
