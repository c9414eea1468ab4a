import { CALLBACK_ACCEPTED, isCallbackName } from './jsonp';

/**
 * The query of a compatible route. Unlike our own routes (server/api/query.ts), unknown parameters are ignored:
 * clients of the originals send extras we must not refuse (jQuery's JSONP adds `_=<time>` to every request).
 * A parameter we read, given twice, is still an error: which one was meant cannot be known.
 */
export type CompatQuery<K extends string> =
  { ok: true; values: Partial<Record<K, string>>; callback: string | null } | { ok: false; error: string };

export function readCompatQuery<K extends string>(params: URLSearchParams, names: readonly K[]): CompatQuery<K> {
  const values: Partial<Record<K, string>> = {};
  for (const name of [...names, 'callback'] as const) {
    const all = params.getAll(name);
    if (all.length > 1) return { ok: false, error: `parameter "${name}" given ${all.length} times` };
    const value = all[0];
    if (value === undefined || value === '') continue;
    if (name === 'callback') continue;
    values[name as K] = value;
  }
  const callback = params.get('callback');
  if (callback === null || callback === '') return { ok: true, values, callback: null };
  if (!isCallbackName(callback)) return { ok: false, error: `callback must be ${CALLBACK_ACCEPTED}` };
  return { ok: true, values, callback };
}

/** A decimal number as the originals took it ("51.5", "-0.12", "1e-05"); null for anything else. */
export function parseDecimal(raw: string): number | null {
  const s = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A path segment decoded, or null when its %-escapes are malformed (`%zz`, a cut UTF-8 sequence). */
export function decodeSegment(raw: string | undefined): string | null {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    return null;
  }
}
