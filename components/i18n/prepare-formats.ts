import { deviceTimeZone } from '@/components/passes/time-format';
import { formatNumber } from '@/lib/format/speech';
import { prepareLocalTimeFormat } from '@/lib/format/time';
import { displayFormat } from '@/lib/format/zoned-clock';

/**
 * Builds the Intl formatters a page's hydration is about to use, each in a task of its own, while the page waits
 * for its code. The first formatter of a kind loads locale and zone data (10-40 ms on a slow phone): inside
 * hydration that lands in one long task with everything else, here each is a short task of its own. The cached
 * formatters are the ones the components then use (lib/format keeps one per locale and options).
 *
 * `zones`: the zones whose clocks the page shows, as its components name them (they are the formatters' cache keys):
 * an IANA name, `'device'` for the device's zone by name (components/passes/time-format.ts), or undefined for the
 * device's zone unnamed (the display's clocks).
 */
export function prepareFormats(zones: ReadonlyArray<string | undefined> = ['device']): void {
  if (typeof window === 'undefined') return;
  // The page's language (proxy.ts picks it; the root layout puts it on <html lang>).
  const locale = document.documentElement.lang || 'en';
  const steps: Array<() => void> = [
    () => prepareLocalTimeFormat(locale),
    () => {
      for (const digits of [0, 1, 2]) formatNumber(0, locale, digits);
    },
    ...zones.map((zone) => () => void displayFormat(zone === 'device' ? deviceTimeZone() : zone, locale)),
  ];
  for (const step of steps) setTimeout(step, 0);
}
