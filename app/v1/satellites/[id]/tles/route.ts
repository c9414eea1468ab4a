import { serverNowMs } from '@/server/clock';
import { buildTlesReport, tlesText } from '@/server/api/compat/wheretheiss';
import { compatGuarded, compatResponse, wtiaErrorResponse } from '@/server/api/compat-responses';
import { readSatelliteRequest } from '@/server/api/compat-satellite';
import { TLE_CACHE_CONTROL, validatedResponse } from '@/server/api/responses';

export const dynamic = 'force-dynamic';

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/server/api/compat-methods';

/**
 * wheretheiss.at `GET /v1/satellites/[id]/tles?format=json|text`. The ETag is weak and made from the element
 * set (the JSON also carries the time of the request): it changes exactly when the elements do.
 */
export const GET = compatGuarded(
  async (request) => {
    const read = await readSatelliteRequest(request, ['format']);
    if (!read.ok) return read.response;
    const { callback, values, tle } = read;
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'text') return wtiaErrorResponse(400, 'format must be json or text', callback);
    const report = buildTlesReport(tle, serverNowMs());
    if (format === 'text')
      return validatedResponse(request, tlesText(report), 'text/plain; charset=utf-8', TLE_CACHE_CONTROL);
    const elements = `${report.header}\n${tle.line1}\n${tle.line2}`;
    return compatResponse({
      body: report,
      cacheControl: TLE_CACHE_CONTROL,
      callback,
      validate: request,
      weakFrom: elements,
    });
  },
  () => wtiaErrorResponse(500, 'internal error'),
);
