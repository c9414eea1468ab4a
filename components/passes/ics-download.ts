import { passesToIcs, type Observer, type Pass } from '@/lib/passes';
import type { IcsWords } from '@/lib/passes/ics';
import type { Tle } from '@/lib/tle';
import type { Speech } from '@/lib/format/speech';

const PRODUCT_ID = '-//Orbit Watch//Passes//EN';

/** Build the calendar in the browser and hand it over as a file: the location stays on this device. */
export function downloadIcs(
  passes: readonly Pass[],
  observer: Observer,
  elements: Tle,
  satelliteName: string,
  fileName: string,
  speech: Speech,
  words: IcsWords,
): void {
  const text = passesToIcs(passes, observer, {
    speech,
    words,
    elements,
    now: Date.now(),
    productId: PRODUCT_ID,
    noradId: elements.noradId,
    satelliteName,
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "iss-pass-2026-10-10-0818Z.ics" */
export function passFileName(pass: Pass): string {
  const iso = new Date(pass.rise.atMs).toISOString();
  return `iss-pass-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}Z.ics`;
}
