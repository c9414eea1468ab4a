import type { EpochMs } from '@/lib/units';

/** A TLE is under 200 bytes; anything this large is not one, and reading it all would waste memory. */
export const MAX_BODY_BYTES = 64 * 1024;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type UpstreamResponse =
  | { kind: 'ok'; text: string }
  | { kind: 'http-error'; status: number; retryAfterMs: number | null }
  | { kind: 'timeout' }
  | { kind: 'network-error'; message: string }
  | { kind: 'too-large' };

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: EpochMs): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

async function readLimited(res: Response): Promise<string | null> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One GET with a hard deadline covering headers and body. Never throws. */
export async function fetchUpstream(
  url: string,
  opts: { timeoutMs: number; fetch: FetchLike; nowMs: () => EpochMs },
): Promise<UpstreamResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    const res = await opts.fetch(url, {
      signal: controller.signal,
      headers: { accept: 'text/plain', 'user-agent': 'orbit-watch (ISS tracker; polls at most every 2 h)' },
      redirect: 'follow',
      cache: 'no-store',
    });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return {
        kind: 'http-error',
        status: res.status,
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), opts.nowMs()),
      };
    }
    const text = await readLimited(res);
    return text === null ? { kind: 'too-large' } : { kind: 'ok', text };
  } catch (e) {
    if (controller.signal.aborted) return { kind: 'timeout' };
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const detail = err.cause?.code ?? err.cause?.message ?? err.message;
    return { kind: 'network-error', message: detail };
  } finally {
    clearTimeout(timer);
  }
}
