import fs from 'node:fs';
import type { Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';
import type { Upstream } from '../config';
import { fetchUpstream, type FetchLike } from './fetch-upstream';
import { placeName } from './upstream-chain';
import type { UpstreamResult } from './upstream-status';
import { validateTleText } from './validate';

export type PlaceOutcome =
  | { ok: true; tle: Tle; origin: string }
  | { ok: false; result: UpstreamResult; message: string; retryAfterMs: number | null };

export interface ReadPlaceOptions {
  noradId: number;
  fetchTimeoutMs: number;
  fetch: FetchLike;
  nowMs: () => EpochMs;
  /** The epoch of the TLE served now, asked once the text is in: an older TLE is refused. */
  heldEpochMs: () => EpochMs;
}

const failed = (result: UpstreamResult, message: string, retryAfterMs: number | null = null): PlaceOutcome => ({
  ok: false,
  result,
  message,
  retryAfterMs,
});

/** Read one place of an http TLE_SOURCE's list (a URL or a local file) and check what it gives; never throws. */
export async function readPlace(place: Upstream, opts: ReadPlaceOptions): Promise<PlaceOutcome> {
  let text: string;
  if (place.kind === 'http') {
    const res = await fetchUpstream(place.url, {
      timeoutMs: opts.fetchTimeoutMs,
      fetch: opts.fetch,
      nowMs: opts.nowMs,
    });
    switch (res.kind) {
      case 'http-error':
        return failed('http-error', `HTTP ${res.status}`, res.retryAfterMs);
      case 'timeout':
        return failed('timeout', `no complete answer within ${opts.fetchTimeoutMs} ms`);
      case 'network-error':
        return failed('network-error', `network error: ${res.message}`);
      case 'too-large':
        return failed('rejected', 'the response is too large to be a TLE');
      case 'ok':
        text = res.text;
    }
  } else {
    try {
      text = await fs.promises.readFile(place.path, 'utf8');
    } catch (e) {
      return failed('file-error', `cannot read ${place.path}: ${(e as Error).message}`);
    }
  }
  const check = validateTleText(text, {
    noradId: opts.noradId,
    nowMs: opts.nowMs(),
    heldEpochMs: opts.heldEpochMs(),
  });
  if (!check.ok) return failed('rejected', `rejected: ${check.reason}`);
  return { ok: true, tle: check.tle, origin: placeName(place) };
}
