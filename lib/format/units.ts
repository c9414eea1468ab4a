import { KM_PER_MILE, type Kilometers, type KmPerHour } from '../units';

export type UnitSystem = 'metric' | 'imperial';

export const isUnitSystem = (value: unknown): value is UnitSystem => value === 'metric' || value === 'imperial';

const grouped = (value: number) => Math.round(value).toLocaleString('en-US');

export function formatDistance(km: Kilometers, system: UnitSystem, digits = 1): string {
  return system === 'metric' ? `${km.toFixed(digits)} km` : `${(km / KM_PER_MILE).toFixed(digits)} mi`;
}

export function formatSpeed(kmPerHour: KmPerHour, system: UnitSystem): string {
  return system === 'metric' ? `${grouped(kmPerHour)} km/h` : `${grouped(kmPerHour / KM_PER_MILE)} mph`;
}
