import { KM_PER_MILE, type Kilometers, type KmPerHour } from '../units';

export type UnitSystem = 'metric' | 'imperial';

export const isUnitSystem = (value: unknown): value is UnitSystem => value === 'metric' || value === 'imperial';

// By hand rather than toLocaleString('en-US'): that builds a formatter per call, and the first Intl object of a
// page costs tens of milliseconds of locale data loading on a slow device.
export function groupThousands(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

export function formatDistance(km: Kilometers, system: UnitSystem, digits = 1): string {
  return system === 'metric' ? `${km.toFixed(digits)} km` : `${(km / KM_PER_MILE).toFixed(digits)} mi`;
}

export function formatSpeed(kmPerHour: KmPerHour, system: UnitSystem): string {
  return system === 'metric' ? `${groupThousands(kmPerHour)} km/h` : `${groupThousands(kmPerHour / KM_PER_MILE)} mph`;
}
