import { useLocale, useTranslations } from 'next-intl';
import { countryNameIn } from '@/lib/geo/country-names';
import type { Region } from '@/lib/geo/region';

/**
 * A region's name in the page's language: "Royaume-Uni", "Kaspisches Meer", "北太平洋". Countries by their ISO
 * code through Intl.DisplayNames (one per language, cached in lib/geo), water and the few pieces without a code by
 * their `regions` message. Cheap enough for the 1 Hz tick: a map look-up and a message read.
 */
export function useRegionName(region: Region | null): string | null {
  const locale = useLocale();
  const t = useTranslations('regions');
  if (region === null) return null;
  if (region.kind === 'water') return t(`water.${region.id}`);
  if (region.code !== null) return countryNameIn(locale, region.code, region.name);
  return region.id === null ? region.name : t(`land.${region.id}`);
}
