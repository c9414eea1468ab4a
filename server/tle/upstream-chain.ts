import type { TleSourceSetting, Upstream } from '../config';

/**
 * The places an http TLE_SOURCE reads, in order. They come from the parsed configuration only: these are the
 * only URLs the server ever requests (nothing in a request can add one).
 */
export function upstreamChain(setting: TleSourceSetting): readonly Upstream[] {
  return setting.kind === 'http' ? (setting.chain ?? [{ kind: 'http', url: setting.url }]) : [];
}

/** A place as the operator wrote it: its URL or its path. */
export const placeName = (place: Upstream): string => (place.kind === 'http' ? place.url : place.path);
