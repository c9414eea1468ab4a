import { describe, expect, it } from 'vitest';
import { linkProblemText } from '../../test-support/observer/problem-text';
import {
  cleanPlaceName,
  observerFromSearchParams,
  withObserverParams,
  withoutObserverParams,
  type LinkProblem,
} from './url-params';

const from = (qs: string) => observerFromSearchParams(new URLSearchParams(qs));

describe('observerFromSearchParams', () => {
  it('reads lat, lon, name and height', () => {
    expect(from('lat=51.5074&lon=-0.1278&name=London&height=35')).toEqual({
      observer: { latitudeDeg: 51.5074, longitudeDeg: -0.1278, heightM: 35, name: 'London' },
      problems: [],
    });
  });

  it('is no observer and no problem when the link has no location', () => {
    expect(from('t=2026-10-09T19:42:49Z')).toEqual({ observer: null, problems: [] });
  });

  it('defaults height to sea level and leaves out an empty name', () => {
    expect(from('lat=-33.87&lon=151.21&name=%20%20')).toEqual({
      observer: { latitudeDeg: -33.87, longitudeDeg: 151.21, heightM: 0 },
      problems: [],
    });
  });

  it.each<[string, LinkProblem, string]>([
    ['lat=51.5', { code: 'missing', param: 'lon' }, 'The link has lat but no lon'],
    ['lon=3', { code: 'missing', param: 'lat' }, 'The link has lon but no lat'],
    [
      'lat=100&lon=0',
      { code: 'invalid', param: 'lat', problem: { code: 'range', axis: 'latitude' } },
      'lat: Latitude must be between -90 and 90 degrees (south is negative)',
    ],
    [
      'lat=10&lon=abc',
      {
        code: 'invalid',
        param: 'lon',
        problem: { code: 'notDegrees', axis: 'longitude', text: 'abc', example: '-0.1278' },
      },
      'lon: "abc" is not a number of degrees: write decimal degrees such as -0.1278',
    ],
    [
      'lat=10&lon=10&height=99999',
      { code: 'invalid', param: 'height', problem: { code: 'heightRange', min: -500, max: 9000 } },
      'height: Height must be between -500 and 9000 m',
    ],
  ])('%s is reported, not guessed', (qs, problem, english) => {
    const result = from(qs);
    expect(result.observer).toBeNull();
    expect(result.problems).toEqual([problem]);
    expect(linkProblemText(problem)).toBe(english);
  });

  it('reports every problem of one link', () => {
    expect(from('lat=x&height=tall').problems.map((p) => [p.code, p.param])).toEqual([
      ['missing', 'lon'],
      ['invalid', 'lat'],
      ['invalid', 'height'],
    ]);
  });

  it('takes the first of repeated values', () => {
    expect(from('lat=1&lat=2&lon=3').observer).toMatchObject({ latitudeDeg: 1, longitudeDeg: 3 });
  });
});

describe('withObserverParams', () => {
  it('round-trips through a share link, keeping other parameters', () => {
    const params = withObserverParams(new URLSearchParams('t=2026-10-09T19:42:49Z&lat=9'), {
      latitudeDeg: 64.13548,
      longitudeDeg: -21.89541,
      heightM: 0,
      name: 'Reykjavík, IS',
    });
    expect(params.get('t')).toBe('2026-10-09T19:42:49Z');
    expect(params.getAll('lat')).toEqual(['64.1355']);
    expect(params.get('lon')).toBe('-21.8954');
    expect(params.has('height')).toBe(false);
    expect(from(params.toString()).observer).toEqual({
      latitudeDeg: 64.1355,
      longitudeDeg: -21.8954,
      heightM: 0,
      name: 'Reykjavík, IS',
    });
    expect(withoutObserverParams(params).toString()).toBe('t=2026-10-09T19%3A42%3A49Z');
  });
});

describe('cleanPlaceName', () => {
  it('strips control characters and bounds the length', () => {
    expect(cleanPlaceName('  New\nYork\u0000 ')).toBe('New York');
    expect(cleanPlaceName('x'.repeat(200))).toHaveLength(80);
    expect(cleanPlaceName(null)).toBeUndefined();
  });
});
