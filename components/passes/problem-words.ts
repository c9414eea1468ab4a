import type { CoordinateProblem, LinkProblem } from '@/lib/observer';
import type { FilterProblem } from '@/lib/passes/pass-filters';
import type { PassesWords } from './pass-words';

// lib/observer and lib/passes/pass-filters say what is wrong as a code with the values to quote; each code has one
// message here. The switches are exhaustive, so a new code does not compile until it has its words.

/** A typed or linked latitude, longitude or height that did not parse (lib/observer/coordinates.ts). */
export function coordinateProblem(problem: CoordinateProblem, t: PassesWords): string {
  switch (problem.code) {
    case 'empty':
      return problem.axis === 'latitude'
        ? t('coordinates.error.latitudeEmpty', { example: problem.example })
        : t('coordinates.error.longitudeEmpty', { example: problem.example });
    case 'letter':
      return problem.axis === 'latitude'
        ? t('coordinates.error.latitudeLetter', { letter: problem.letter })
        : t('coordinates.error.longitudeLetter', { letter: problem.letter });
    case 'signAndLetter':
      return t('coordinates.error.signAndLetter', { letter: problem.letter });
    case 'notDegrees':
      return t('coordinates.error.notDegrees', { text: problem.text, example: problem.example });
    case 'minutesSeconds':
      return t('coordinates.error.minutesSeconds');
    case 'range':
      return problem.axis === 'latitude' ? t('coordinates.error.latitudeRange') : t('coordinates.error.longitudeRange');
    case 'heightNotNumber':
      return t('coordinates.error.heightNotNumber', { text: problem.text });
    case 'heightRange':
      // As strings: the limits are written as the parser writes them, "9000", not "9,000".
      return t('coordinates.error.heightRange', { min: String(problem.min), max: String(problem.max) });
  }
}

/** Why a shared link's ?lat=&lon=&height= was not used (lib/observer/url-params.ts). */
export function linkProblem(problem: LinkProblem, t: PassesWords): string {
  switch (problem.code) {
    case 'missing':
      return problem.param === 'lat' ? t('link.noLat') : t('link.noLon');
    case 'invalid':
      return t('link.param', { param: problem.param, problem: coordinateProblem(problem.problem, t) });
  }
}

/** A filter in the address that was not understood (lib/passes/pass-filters.ts). */
export function filterProblem(problem: FilterProblem, t: PassesWords): string {
  const { value } = problem;
  switch (problem.param) {
    case 'visibleOnly':
      return t('filters.problem.visibleOnly', { value });
    case 'when':
      return t('filters.problem.when', { value });
    case 'maxMagnitude':
      return t('filters.problem.maxMagnitude', { value });
    case 'minElevation':
      return t('filters.problem.minElevation', { value });
  }
}
