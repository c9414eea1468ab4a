import { MAX_HEIGHT_M, MIN_HEIGHT_M } from '@/lib/observer/coordinates';
import type { PassesWords } from './pass-words';

// lib/observer and lib/passes/pass-filters explain a bad value in an English sentence and give no code with it.
// These read the sentence's shape back into the page's messages; one that is not recognised is shown as it came
// (problem-words.test.ts runs every sentence those parsers write through here, so a new one cannot slip by).

/** A typed or linked latitude, longitude or height that did not parse (lib/observer/coordinates.ts). */
export function coordinateProblem(message: string, t: PassesWords): string {
  let m: RegExpExecArray | null;
  if ((m = /^Enter a (latitude|longitude) in decimal degrees, e\.g\. (\S+)$/.exec(message))) {
    const example = m[2] ?? '';
    return m[1] === 'latitude'
      ? t('coordinates.error.latitudeEmpty', { example })
      : t('coordinates.error.longitudeEmpty', { example });
  }
  if ((m = /^(Latitude|Longitude) takes \w or \w, not (\w)$/.exec(message))) {
    const letter = m[2] ?? '';
    return m[1] === 'Latitude'
      ? t('coordinates.error.latitudeLetter', { letter })
      : t('coordinates.error.longitudeLetter', { letter });
  }
  if ((m = /^Use either a minus sign or (\w), not both$/.exec(message))) {
    return t('coordinates.error.signAndLetter', { letter: m[1] ?? '' });
  }
  if ((m = /^"(.*)" is not a number of degrees: write decimal degrees such as (\S+)$/s.exec(message))) {
    return t('coordinates.error.notDegrees', { text: m[1] ?? '', example: m[2] ?? '' });
  }
  if (message.startsWith('Minutes and seconds must be below 60')) return t('coordinates.error.minutesSeconds');
  if (/^Latitude must be between/.test(message)) return t('coordinates.error.latitudeRange');
  if (/^Longitude must be between/.test(message)) return t('coordinates.error.longitudeRange');
  if ((m = /^"(.*)" is not a height in metres/s.exec(message))) {
    return t('coordinates.error.heightNotNumber', { text: m[1] ?? '' });
  }
  if (message.startsWith('Height must be between')) {
    // As strings: the limits are written as the parser writes them, "9000", not "9,000".
    return t('coordinates.error.heightRange', { min: String(MIN_HEIGHT_M), max: String(MAX_HEIGHT_M) });
  }
  return message;
}

/** Why a shared link's ?lat=&lon=&height= was not used (lib/observer/url-params.ts). */
export function linkProblem(problem: string, t: PassesWords): string {
  if (problem === 'The link has lon but no lat') return t('link.noLat');
  if (problem === 'The link has lat but no lon') return t('link.noLon');
  const m = /^(lat|lon|height): (.*)$/s.exec(problem);
  return m ? t('link.param', { param: m[1] ?? '', problem: coordinateProblem(m[2] ?? '', t) }) : problem;
}

/** A filter in the address that was not understood (lib/passes/pass-filters.ts). */
export function filterProblem(problem: string, t: PassesWords): string {
  const m = /^(visibleOnly|when|maxMagnitude|minElevation): "(.*)" is not /s.exec(problem);
  if (!m) return problem;
  const value = m[2] ?? '';
  switch (m[1]) {
    case 'visibleOnly':
      return t('filters.problem.visibleOnly', { value });
    case 'when':
      return t('filters.problem.when', { value });
    case 'maxMagnitude':
      return t('filters.problem.maxMagnitude', { value });
    default:
      return t('filters.problem.minElevation', { value });
  }
}
