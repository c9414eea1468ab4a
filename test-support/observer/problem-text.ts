import type { Axis, CoordinateProblem, LinkProblem } from '@/lib/observer';

// The English sentences the coordinate parsers wrote before they returned codes, kept as the tests' reference:
// the page's English messages must say exactly this (components/passes/problem-words.test.ts), and the parsers'
// tests read their results through it.

const LIMIT: Record<Axis, number> = { latitude: 90, longitude: 180 };
const HEMISPHERES: Record<Axis, { positive: string; negative: string }> = {
  latitude: { positive: 'N', negative: 'S' },
  longitude: { positive: 'E', negative: 'W' },
};
const axisName = (axis: Axis): string => (axis === 'latitude' ? 'Latitude' : 'Longitude');

export function coordinateProblemText(problem: CoordinateProblem): string {
  switch (problem.code) {
    case 'empty':
      return `Enter a ${problem.axis} in decimal degrees, e.g. ${problem.example}`;
    case 'letter': {
      const { positive, negative } = HEMISPHERES[problem.axis];
      return `${axisName(problem.axis)} takes ${positive} or ${negative}, not ${problem.letter}`;
    }
    case 'signAndLetter':
      return `Use either a minus sign or ${problem.letter}, not both`;
    case 'notDegrees':
      return `"${problem.text}" is not a number of degrees: write decimal degrees such as ${problem.example}`;
    case 'minutesSeconds':
      return 'Minutes and seconds must be below 60 and only the last part may have decimals';
    case 'range': {
      const limit = LIMIT[problem.axis];
      const hint = problem.axis === 'latitude' ? 'south is negative' : 'west is negative';
      return `${axisName(problem.axis)} must be between -${limit} and ${limit} degrees (${hint})`;
    }
    case 'heightNotNumber':
      return `"${problem.text}" is not a height in metres, e.g. 35`;
    case 'heightRange':
      return `Height must be between ${problem.min} and ${problem.max} m`;
  }
}

/** The problem in English, for the display; the page's English (`passes.link` messages) says the same. */
export function linkProblemText(problem: LinkProblem): string {
  if (problem.code === 'invalid') return `${problem.param}: ${coordinateProblemText(problem.problem)}`;
  return problem.param === 'lat' ? 'The link has lon but no lat' : 'The link has lat but no lon';
}
