import { describe, expect, it } from 'vitest';
import { errorAnswer, isApiPath, malformedPathAnswer, methodAnswer, pathOf } from './request-guard.mjs';

describe('methodAnswer', () => {
  it('lets GET and HEAD through everywhere', () => {
    for (const path of ['/', '/passes', '/basemap/countries-110m.json', '/api/tle', '/v1/satellites']) {
      expect(methodAnswer('GET', path)).toBeNull();
      expect(methodAnswer('HEAD', path)).toBeNull();
    }
  });

  it("leaves the methods the API's route handlers answer to them", () => {
    for (const method of ['OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/api/tle', '/api/no-such', '/v1/satellites/25544', '/iss-now.json', '/iss-pass.json'])
        expect(methodAnswer(method, path), `${method} ${path}`).toBeNull();
    }
  });

  it('answers OPTIONS on pages and files 204 with Allow, everything else 405 with Allow', () => {
    expect(methodAnswer('OPTIONS', '/basemap/countries-110m.json')).toMatchObject({
      status: 204,
      headers: expect.arrayContaining([['allow', 'GET, HEAD, OPTIONS']]),
    });
    for (const method of ['TRACE', 'PROPFIND', 'PUT', 'DELETE', 'PATCH', 'POST', 'MKCOL', 'LOCK']) {
      const answer = methodAnswer(method, '/basemap/countries-110m.json');
      expect(answer?.status, method).toBe(405);
      expect(answer?.headers).toContainEqual(['allow', 'GET, HEAD, OPTIONS']);
    }
  });

  it('answers TRACE and other unknown methods on API paths 405 in that API’s error shape', () => {
    expect(JSON.parse(methodAnswer('TRACE', '/api/tle')?.body ?? '')).toEqual({
      error: { message: 'TRACE is not allowed here; use GET' },
    });
    expect(JSON.parse(methodAnswer('TRACE', '/v1/satellites')?.body ?? '')).toEqual({
      error: 'TRACE is not allowed here; use GET',
      status: 405,
    });
    expect(JSON.parse(methodAnswer('PROPFIND', '/iss-now.json')?.body ?? '')).toEqual({
      message: 'failure',
      reason: 'PROPFIND is not allowed here; use GET',
    });
    expect(methodAnswer('TRACE', '/api/tle')?.headers).toContainEqual(['access-control-allow-origin', '*']);
  });
});

describe('paths', () => {
  it('knows the API paths, case-sensitively like Next', () => {
    expect(['/api', '/api/tle', '/v1', '/v1/satellites', '/iss-now.json', '/iss-pass.json'].every(isApiPath)).toBe(
      true,
    );
    expect(['/', '/API/tle', '/v10', '/apix', '/iss-now.jsonx', '/passes', '/display'].some(isApiPath)).toBe(false);
    expect(pathOf('/v1/satellites?x=1')).toBe('/v1/satellites');
    expect(pathOf(undefined)).toBe('/');
  });

  it('gives pages a plain-text error, never JSON', () => {
    expect(errorAnswer('/passes', 405, 'no').headers).toContainEqual(['content-type', 'text/plain; charset=utf-8']);
  });
});

describe('malformedPathAnswer', () => {
  it('answers a path whose escapes do not decode 400, in its API shape; lets every decodable path through', () => {
    expect(malformedPathAnswer('/v1/coordinates/%zz')?.status).toBe(400);
    expect(JSON.parse(malformedPathAnswer('/v1/satellites/%E0%A4%A')?.body ?? '')).toEqual({
      error: 'malformed %-escape in the path',
      status: 400,
    });
    expect(JSON.parse(malformedPathAnswer('/api/tle%zz')?.body ?? '')).toEqual({
      error: { message: 'malformed %-escape in the path' },
    });
    expect(malformedPathAnswer('/passes/%')?.headers).toContainEqual(['content-type', 'text/plain; charset=utf-8']);
    for (const ok of ['/', '/v1/coordinates/51.5,-0.1', '/v1/coordinates/51.5%2C-0.1', '/passes', '/%C3%A9t%C3%A9'])
      expect(malformedPathAnswer(ok), ok).toBeNull();
  });
});
