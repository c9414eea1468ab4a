import { describe, expect, it } from 'vitest';
import { request } from '../../../test-support/route-test-support';
import { dynamic, GET } from './route';

describe('GET /api/version', () => {
  it('names the build, is rendered per request and never cached', async () => {
    expect(dynamic).toBe('force-dynamic');
    const res = GET(request('/api/version'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { buildId: string; version: string };
    expect(body.buildId.length).toBeGreaterThan(0);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    // The same process always answers the same build.
    expect(((await GET(request('/api/version')).json()) as { buildId: string }).buildId).toBe(body.buildId);
  });

  it('rejects unknown parameters with the API error shape', async () => {
    const res = GET(request('/api/version?x=1'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { parameter: 'x', message: expect.any(String), accepted: expect.any(String) },
    });
  });
});
