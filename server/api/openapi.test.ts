import fs from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from './openapi';
import { passesFeedQueryAccepted } from './passes-feed-query';
import { passesQueryAccepted } from './passes-query';
import { positionQueryAccepted } from './position-query';
import { langOnlyQuery } from './query';
import { EN_WORDS } from './api-words';

/**
 * Every route.ts under app/, as the OpenAPI path it serves (catch-alls, which only answer 404, left out, as are the
 * web app manifests, which are for browsers installing the site, and the map picture's basemap image: not an API).
 */
function routePaths(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('[[...')) continue;
      const segment = entry.name.replace(/^\[(\w+)\]$/, '{$1}');
      found.push(...routePaths(path.join(dir, entry.name), `${prefix}/${segment}`));
    } else if (entry.name === 'route.ts' && !prefix.endsWith('.webmanifest') && !prefix.startsWith('/basemap/'))
      found.push(prefix);
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(OPENAPI_DOCUMENT) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is checked by a validator that does refuse a broken document', async () => {
    const broken = structuredClone(OPENAPI_DOCUMENT) as { paths: Record<string, { get: { responses: unknown } }> };
    broken.paths['/api/tle']!.get.responses = 'none';
    expect((await new Validator().validate(broken as unknown as Parameters<Validator['validate']>[0])).valid).toBe(
      false,
    );
  });

  it('covers every route on disk, ours and the compatible ones', () => {
    const paths = Object.keys((OPENAPI_DOCUMENT as { paths: Record<string, unknown> }).paths).sort();
    expect(routePaths(path.join(process.cwd(), 'app')).sort()).toEqual(paths);
  });

  it('names exactly the query parameters each /api/ route accepts, lang on every one and on no compatible path', () => {
    const paths = (
      OPENAPI_DOCUMENT as { paths: Record<string, { get: { parameters: { name: string; in: string }[] } }> }
    ).paths;
    const documented = (path: string) =>
      paths[path]!.get.parameters.filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort();
    const langOnly = Object.keys(langOnlyQuery(EN_WORDS).accepted);
    const accepted: Record<string, string[]> = {
      '/api/tle': langOnly,
      '/api/health': langOnly,
      '/api/version': langOnly,
      '/api/openapi.json': langOnly,
      '/api/position': Object.keys(positionQueryAccepted),
      '/api/passes': Object.keys(passesQueryAccepted),
      '/api/passes.ics': Object.keys(passesFeedQueryAccepted),
    };
    expect(
      Object.keys(paths)
        .filter((p) => p.startsWith('/api/'))
        .sort(),
    ).toEqual(Object.keys(accepted).sort());
    for (const [path, names] of Object.entries(accepted)) expect(documented(path), path).toEqual([...names].sort());
    for (const path of Object.keys(paths).filter((p) => !p.startsWith('/api/')))
      expect(documented(path), path).not.toContain('lang');
  });
});
