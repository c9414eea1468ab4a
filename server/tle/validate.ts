import { parseTleText, TleParseError, type Tle } from '@/lib/tle';
import { MS_PER_DAY, type EpochMs } from '@/lib/units';

/** How far ahead of our clock an epoch may be: clock skew plus the hour or so some providers predict ahead. */
export const FUTURE_EPOCH_TOLERANCE_MS = 6 * 3_600_000;

export type TleRejection =
  'html' | 'empty' | 'malformed' | 'multiple' | 'wrong-satellite' | 'future-epoch' | 'older-than-held';

export type TleValidation = { ok: true; tle: Tle } | { ok: false; rejection: TleRejection; reason: string };

export interface ValidateOptions {
  noradId: number;
  nowMs: EpochMs;
  /** Epoch of the TLE already held; a candidate older than this is refused (null = nothing held). */
  heldEpochMs: EpochMs | null;
}

const reject = (rejection: TleRejection, reason: string): TleValidation => ({ ok: false, rejection, reason });

/** Check a text from upstream (or an operator file) is exactly one sane TLE of the right satellite. */
export function validateTleText(text: string, opts: ValidateOptions): TleValidation {
  const trimmed = text.trim();
  if (trimmed === '') return reject('empty', 'the response is empty');
  // Error pages sometimes arrive with status 200 (captive portals, CDN interstitials).
  if (/^\s*</.test(trimmed) || /<(html|body|head|!doctype)/i.test(trimmed)) {
    return reject('html', 'the response is an HTML page, not a TLE');
  }
  // CelesTrak answers a query it cannot satisfy with plain text like "No GP data found".
  let tles: Tle[];
  try {
    tles = parseTleText(trimmed);
  } catch (e) {
    if (e instanceof TleParseError) return reject('malformed', `not a valid TLE: ${e.message}`);
    throw e;
  }
  if (tles.length !== 1) return reject('multiple', `expected exactly one TLE, found ${tles.length}`);
  const tle = tles[0] as Tle;
  if (tle.noradId !== opts.noradId) {
    return reject('wrong-satellite', `the TLE is for satellite ${tle.noradId}, expected ${opts.noradId}`);
  }
  if (tle.epochMs > opts.nowMs + FUTURE_EPOCH_TOLERANCE_MS) {
    const days = ((tle.epochMs - opts.nowMs) / MS_PER_DAY).toFixed(2);
    return reject('future-epoch', `the TLE epoch ${new Date(tle.epochMs).toISOString()} is ${days} days in the future`);
  }
  if (opts.heldEpochMs !== null && tle.epochMs < opts.heldEpochMs) {
    return reject(
      'older-than-held',
      `the TLE epoch ${new Date(tle.epochMs).toISOString()} is older than the one held (${new Date(opts.heldEpochMs).toISOString()})`,
    );
  }
  return { ok: true, tle };
}
