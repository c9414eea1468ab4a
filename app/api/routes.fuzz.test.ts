import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeComponent, generateQuery, NASTY_VALUES, seededRandom } from '@/test-support/fuzz/query-fuzzer';
import { API_DIR, findRoutes, installTestSource } from '../../test-support/route-test-support';

/**
 * Every API route with parameters, found on disk so a new route (e.g. /api/passes) is fuzzed without editing this file.
 * Each gets at least RANDOM_CASES generated malformed requests plus a fixed corpus per parameter.
 */
const RANDOM_CASES = 1000;

// The optional catch-all (app/api/[[...path]]) answers 404 to everything: it reads no parameter to fuzz.
const routes = findRoutes(API_DIR)
  .filter((file) => !file.includes(`${path.sep}[[...`))
  .map((file) => ({
    file,
    urlPath: `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join('/')}`,
  }));

type Handler = (request: Request) => Response | Promise<Response>;

interface Outcome {
  query: string;
  status: number;
  body: unknown;
}

async function send(handler: Handler, urlPath: string, query: string): Promise<Outcome> {
  const response = await handler(new Request(`http://localhost:3000${urlPath}${query === '' ? '' : `?${query}`}`));
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(
      `${urlPath}?${query.slice(0, 200)}: status ${response.status}, body is not JSON: ${text.slice(0, 200)}`,
    );
  }
  expect(response.headers.get('content-type'), query.slice(0, 200)).toMatch(/^application\/json/);
  return { query, status: response.status, body };
}

/** The documented 400 body: which parameter, what is wrong, what is accepted. */
function expectErrorShape(o: Outcome): void {
  const label = `${o.status} for ?${o.query.slice(0, 200)}`;
  expect(o.body, label).toEqual({
    error: { parameter: expect.any(String), message: expect.any(String), accepted: expect.any(String) },
  });
  const { message } = (o.body as { error: { message: string } }).error;
  expect(message.length, label).toBeGreaterThan(0);
}

/** parseQuery names the accepted parameters when it meets an unknown one; use that to learn each route's names. */
async function discoverParameters(handler: Handler, urlPath: string): Promise<string[]> {
  const probe = await send(handler, urlPath, 'fuzz-probe=1');
  expect(probe.status).toBe(400);
  const accepted = (probe.body as { error: { accepted: string } }).error.accepted;
  const list = /only these parameters: (.*)$/.exec(accepted)?.[1];
  return list ? list.split(', ').filter(Boolean) : [];
}

let cleanup: () => void;
beforeAll(() => {
  ({ cleanup } = installTestSource()); // offline: the embedded TLE, no network
});
afterAll(() => cleanup());

it('finds the API routes on disk', () => {
  expect(routes.map((r) => r.urlPath)).toEqual(expect.arrayContaining(['/api/health', '/api/position', '/api/tle']));
});

describe.each(routes)('fuzz $urlPath', ({ file, urlPath }) => {
  it(`answers ${RANDOM_CASES}+ malformed requests with no 5xx, JSON always, the error shape on every 4xx`, async () => {
    const mod = (await import(/* @vite-ignore */ file)) as { GET?: Handler };
    const handler = mod.GET;
    expect(handler, `${file} exports GET`).toBeTypeOf('function');
    if (!handler) return;
    const known = await discoverParameters(handler, urlPath);

    // Fixed corpus: each nasty value for each parameter, raw and encoded, and each parameter repeated.
    const queries: string[] = [];
    for (const name of known) {
      for (const value of NASTY_VALUES) {
        queries.push(`${name}=${encodeComponent(value)}`, `${name}=${value}`);
      }
      queries.push(`${name}=1&${name}=1`, `${name}=&${name}=`, `${name}`, `${name}=${'9'.repeat(100_000)}`);
    }
    queries.push('', '&&&', '=', '==', '?', '%', '%zz=%zz', `${'x'.repeat(100_000)}=1`, '__proto__=1', 'constructor=1');
    // Seeded per route so a failure is reproducible from the query it prints.
    const rnd = seededRandom([...urlPath].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
    for (let i = 0; i < RANDOM_CASES; i += 1) queries.push(generateQuery(rnd, known));

    const parametersBlamed = new Set<string>();
    const statuses = new Map<number, number>();
    for (const query of queries) {
      const outcome = await send(handler, urlPath, query);
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      expect(outcome.status, `?${query.slice(0, 200)}`).toBeLessThan(500);
      if (outcome.status >= 400) {
        expectErrorShape(outcome);
        parametersBlamed.add((outcome.body as { error: { parameter: string } }).error.parameter);
      } else {
        expect(outcome.status, `?${query.slice(0, 200)}`).toBe(200);
        expect(outcome.body, `?${query.slice(0, 200)}`).toBeTypeOf('object');
      }
    }

    expect(queries.length).toBeGreaterThanOrEqual(RANDOM_CASES);
    // The inputs reached each parameter's own validation, not only the unknown-parameter check.
    for (const name of known) expect(parametersBlamed, `a 400 blaming "${name}"`).toContain(name);
    expect([...statuses.keys()].every((s) => s === 200 || (s >= 400 && s < 500))).toBe(true);
    // Where a bare request is valid, some generated ones are too: the 200 path was exercised, not only refusals.
    if (known.length > 0 && (await send(handler, urlPath, '')).status === 200) {
      expect(statuses.get(200) ?? 0).toBeGreaterThan(known.length);
    }
  }, 180_000);
});
