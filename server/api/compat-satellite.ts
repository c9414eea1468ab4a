import 'server-only';
import { decodeSegment, readCompatQuery } from '@/server/api/compat/compat-query';
import { isSatelliteId } from '@/server/api/compat/wheretheiss';
import type { Tle } from '@/lib/tle';
import { getTle } from '@/server/tle-source';
import { wtiaErrorResponse } from './compat-responses';

/**
 * The common start of every /v1/satellites/[id]/... route: the query (the named parameters and callback) and the
 * satellite id from the path, checked against the satellite this server follows (else the original's 404).
 */
export async function readSatelliteRequest<K extends string>(
  request: Request,
  names: readonly K[],
): Promise<
  | { ok: true; values: Partial<Record<K, string>>; callback: string | null; tle: Tle }
  | { ok: false; response: Response }
> {
  const url = new URL(request.url);
  const query = readCompatQuery(url.searchParams, names);
  if (!query.ok) return { ok: false, response: wtiaErrorResponse(400, query.error) };
  const { tle } = await getTle();
  const id = decodeSegment(url.pathname.split('/')[3]);
  if (id === null || !isSatelliteId(id, tle))
    return { ok: false, response: wtiaErrorResponse(404, 'satellite not found', query.callback) };
  return { ok: true, values: query.values, callback: query.callback, tle };
}
