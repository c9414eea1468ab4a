/**
 * How the core speaks without knowing any language: a locale for Intl, and `words`, the `format` messages of
 * that locale (messages/<locale>.json). A component passes next-intl's `useTranslations('format')`, a route
 * handler `createTranslator(...)` scoped the same way, a test a translator over messages/en.json.
 */
export type FormatKey =
  | `compass.${CompassPointKey}`
  | `duration.${'hm' | 'h' | 'ms' | 'm' | 's' | 'dh'}`
  | 'inTime'
  | `age.${'days' | 'hours' | 'minutes'}`
  | `badge.${'fresh' | 'old' | 'ahead' | 'days'}`
  | `uncertainty.${'unplaceable' | 'fix' | 'bound' | 'boundWithTiming'}`
  | `describe.${'risesIn' | 'appears' | 'setsIn' | 'vanishes' | 'climbsTo' | 'risesTo' | 'climbsToIn' | 'sentence'}`
  | `coordinates.${'north' | 'south' | 'east' | 'west'}`
  | `zone.${'place' | 'nautical'}`
  | `warning.${'none' | 'some' | 'timing' | 'unplaceable'}`
  | 'sentences';

export type CompassPointKey =
  'N' | 'NNE' | 'NE' | 'ENE' | 'E' | 'ESE' | 'SE' | 'SSE' | 'S' | 'SSW' | 'SW' | 'WSW' | 'W' | 'WNW' | 'NW' | 'NNW';

export type FormatWords = (key: FormatKey, values?: Record<string, string | number>) => string;

export interface Speech {
  /** A BCP 47 tag Intl understands: "en", "fr", "ja". */
  locale: string;
  words: FormatWords;
}

// One formatter per locale and precision: building an Intl object costs far more than using one (the first loads
// locale data, tens of milliseconds on a slow phone), and the panels format every second.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the locale's digits and separators ("27,600", "27 600", "27.600"), to `digits` decimals. */
export function formatNumber(value: number, locale: string, digits = 0): string {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  // A reading that rounds to zero is zero, not "-0".
  const rounded = Number(value.toFixed(digits));
  return format.format(rounded === 0 ? 0 : rounded);
}

/** Two sentences one after the other: a space between them, or none where the language writes none (Japanese). */
export function joinSentences(first: string, second: string, speech: Speech): string {
  return speech.words('sentences', { first, second });
}

/** First letter up, the locale's way (a sentence built from phrases; Japanese has no case and is unchanged). */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
