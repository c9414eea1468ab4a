import type { useTranslations } from 'next-intl';
import { DEFAULT_MIN_VISIBLE_ELEVATION_DEG, TWILIGHT_SUN_ALTITUDE_DEG, type Observer, type Pass } from '@/lib/passes';
import { formatNumber, type Speech } from '@/lib/format/speech';
import { noPassesCase, type NoPassesContext } from '@/lib/observer/reach';
import { sunAltitudeDeg } from '@/lib/sun/sun-position';

/** The `passes` messages, as `useTranslations('passes')` gives them to a component. */
export type PassesWords = ReturnType<typeof useTranslations<'passes'>>;

/** How bright, in words next to the magnitude (lower is brighter; Venus is about -4, Sirius -1.5). */
export function brightnessWords(magnitude: number, t: PassesWords): string {
  if (magnitude <= -3) return t('words.veryBright');
  if (magnitude <= -2) return t('words.bright');
  if (magnitude <= 0) return t('words.easy');
  if (magnitude <= 2) return t('words.faint');
  return t('words.veryFaint');
}

/** "−3.1", "−3,1": the locale's decimal mark, and a real minus sign, which a plain hyphen is not. */
export const formatMagnitude = (magnitude: number, locale: string): string =>
  formatNumber(magnitude, locale, 1).replace('-', '\u2212');

/** Degrees to a tenth where the tenth says something: "77.9" but "52", in the locale's digits. */
const tenth = (deg: number, locale: string): string => {
  const rounded = Math.round(Math.abs(deg) * 10) / 10;
  return formatNumber(rounded, locale, Number.isInteger(rounded) ? 0 : 1);
};
const tenthDegrees = (deg: number, locale: string): string => `${tenth(deg, locale)}°`;

/**
 * Why a pass cannot be seen: its lit part stays too low (a dot in the horizon's haze for a few seconds), the sky
 * is too bright, or the station is in the Earth's shadow.
 */
export function notVisibleReason(pass: Pass, observer: Observer, t: PassesWords, locale: string): string {
  if (pass.visibleMaxElevationDeg !== null) {
    const highest = Math.max(0, pass.visibleMaxElevationDeg);
    return t('words.tooLow', {
      elevation: formatNumber(highest, locale, highest < 1 ? 1 : 0),
      threshold: DEFAULT_MIN_VISIBLE_ELEVATION_DEG,
    });
  }
  const sunDeg = sunAltitudeDeg(observer.latitudeDeg, observer.longitudeDeg, pass.culmination.atMs);
  return sunDeg > TWILIGHT_SUN_ALTITUDE_DEG ? t('words.daylight') : t('words.shadow');
}

/** Why the list is empty (lib/observer/reach.ts decides the case), in the page's words. */
export function noPassesWords(ctx: NoPassesContext, speech: Speech, t: PassesWords): string {
  const { locale } = speech;
  // As formatLatitude writes it ("77.9° S", "南緯77.9°"), to a tenth only where the tenth says something.
  const latitude = speech.words(ctx.latitudeDeg < 0 ? 'coordinates.south' : 'coordinates.north', {
    value: tenth(ctx.latitudeDeg, locale),
  });
  const elevation = tenthDegrees(ctx.minElevationDeg, locale);
  const found = noPassesCase(ctx);
  switch (found.code) {
    case 'neverRises':
      return t('empty.neverRises', {
        latitude,
        inclination: tenthDegrees(ctx.inclinationDeg, locale),
        reach: tenthDegrees(found.horizonReachDeg, locale),
      });
    case 'staysLow':
      return t('empty.staysLow', { latitude, elevation });
    case 'noneVisible':
      return t('empty.noneVisible', { days: ctx.days });
    case 'noneHigh':
      return t('empty.noneHigh', { elevation, days: ctx.days });
  }
}
