import 'server-only';
import { mapPicture, type MapPictureData, type PictureOptions } from '@/app-logic/map/map-picture';
import { satrecFor } from '@/server/api/satrec-cache';
import type { TleReport } from '@/server/api/tle-report';
import { parseTleLines } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';

/**
 * The picture of the map a page's HTML carries (components/map/server-map-picture.tsx), from the elements the page
 * hands its client code: parsed as the client parses them (tle-response.ts), so both draw the same station.
 * Elements that would not parse give a picture without a station, as the client shows none.
 */
export function pagePicture(report: TleReport, atMs: EpochMs, options: PictureOptions): MapPictureData {
  let elements = null;
  try {
    const tle = parseTleLines(report.line1, report.line2, report.name);
    elements = { tle, satrec: satrecFor(tle) };
  } catch {
    elements = null;
  }
  return mapPicture(elements, atMs, options);
}
