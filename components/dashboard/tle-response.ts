import type { TleReport } from '@/server/api/tle-report';
import { parseTleLines, type Tle } from '@/lib/tle';

export type { TleReport };

/** The client re-checks what the server sent: a corrupt response must never reach SGP4. */
export function tleFromReport(body: TleReport): Tle {
  return parseTleLines(body.line1, body.line2, body.name);
}
