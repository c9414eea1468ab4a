import { type APIResponse, type Page } from '@playwright/test';
import { expect, test } from './pinned-clock';

/** Directive name -> source list, from a Content-Security-Policy header. */
function parseCsp(header: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** What every response carries, whatever it is. */
function expectSecurityHeaders(response: APIResponse, what: string): Map<string, string[]> {
  const h = response.headers();
  // Each once: a path that got the proxy's headers and a route's own as well would carry two policies (both apply).
  for (const name of [
    'content-security-policy',
    'x-frame-options',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'cross-origin-opener-policy',
  ]) {
    expect(
      response.headersArray().filter((header) => header.name.toLowerCase() === name).length,
      `${what}: ${name} count`,
    ).toBe(1);
  }
  const csp = parseCsp(h['content-security-policy']);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  // A document's style elements may carry its script nonce (the map's picture places itself with one); nothing
  // else is allowed inline, and answers without a nonce allow no inline style at all.
  const nonce = csp.get('script-src')?.find((s) => s.startsWith("'nonce-"));
  expect(csp.get('style-src'), what).toEqual(nonce === undefined ? ["'self'"] : ["'self'", nonce]);
  expect(csp.get('img-src'), what).toEqual(["'self'", 'data:', 'blob:']); // no tile host is configured here
  expect(csp.get('font-src'), what).toEqual(["'self'"]);
  expect(csp.get('connect-src'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'self'"]);
  expect(csp.get('form-action'), what).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(h['content-security-policy'], what).not.toMatch(/unsafe-eval|unsafe-inline/);
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
  const permissions = (h['permissions-policy'] ?? '').split(/,\s*/);
  expect(permissions, what).toContain('geolocation=(self)');
  for (const feature of ['camera', 'microphone', 'payment', 'usb'])
    expect(permissions, what).toContain(`${feature}=()`);
  return csp;
}

const nonceOf = (csp: Map<string, string[]>): string | undefined =>
  csp
    .get('script-src')
    ?.find((s) => s.startsWith("'nonce-"))
    ?.slice("'nonce-".length, -1);

test('a page carries the headers and a fresh script nonce that its scripts use', async ({ request }) => {
  const first = await request.get('/');
  expect(first.status()).toBe(200);
  const csp = expectSecurityHeaders(first, 'page /');
  const nonce = nonceOf(csp);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);

  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = nonceOf(parseCsp((await request.get('/')).headers()['content-security-policy']));
  expect(second).toBeDefined();
  expect(second).not.toBe(nonce);
});

test('API answers and static files carry the headers too', async ({ request }) => {
  const api = await request.get('/api/tle');
  expect(api.status()).toBe(200);
  expect(nonceOf(expectSecurityHeaders(api, '/api/tle'))).toBeUndefined();
  expect(api.headers()['cache-control']).toMatch(/^public, max-age=\d+/);

  const refused = await request.get('/api/position?units=furlongs');
  expect(refused.status()).toBe(400);
  expectSecurityHeaders(refused, '/api/position 400');

  const html = await (await request.get('/')).text();
  const chunk = /\/_next\/static\/[^"'\s]+\.js/.exec(html)?.[0];
  const css = /\/_next\/static\/[^"'\s]+\.css/.exec(html)?.[0];
  expect(chunk).toBeDefined();
  expect(css).toBeDefined();
  for (const asset of [chunk, css, '/basemap/countries-110m.json']) {
    const response = await request.get(asset ?? '');
    expect(response.status(), asset).toBe(200);
    expectSecurityHeaders(response, asset ?? '');
  }
});

test('every API answer carries the headers, whichever part of Next produces it (the proxy does not run for /api/)', async ({
  request,
}) => {
  const cases: Array<[string, string, number]> = [
    ['GET', '/api/tle', 200],
    ['HEAD', '/api/tle', 200],
    ['GET', '/api/position', 200],
    ['GET', '/api/position?at=tomorrow', 400],
    ['GET', '/api/health', 200],
    ['GET', '/api/version', 200],
    ['GET', '/api/passes?lat=51.5&lon=-0.13', 200],
    ['POST', '/api/tle', 405],
    ['DELETE', '/api/position', 405],
    ['OPTIONS', '/api/tle', 204],
    ['GET', '/api/no-such-endpoint', 404],
    ['GET', '/api', 404],
    ['GET', '/api/tle/extra', 404],
    ['POST', '/api/no-such-endpoint', 404],
  ];
  for (const [method, url, status] of cases) {
    const response = await request.fetch(url, { method });
    expect(response.status(), `${method} ${url}`).toBe(status);
    expect(nonceOf(expectSecurityHeaders(response, `${method} ${url}`)), `${method} ${url}`).toBeUndefined();
    if (status === 405 || status === 204)
      expect(response.headers()['allow'], `${method} ${url}`).toBe('GET, HEAD, OPTIONS');
    if (status === 404) expect(response.headers()['content-type'], `${method} ${url}`).toMatch(/^application\/json/);
  }
});

test('every document, the 404 page included, is rendered per request with its own nonce on every script', async ({
  request,
}) => {
  // A page prerendered at build time has no nonce, and 'strict-dynamic' then blocks all of its scripts.
  for (const path of ['/', '/no-such-page']) {
    const response = await request.get(path);
    const nonce = nonceOf(expectSecurityHeaders(response, path));
    expect(nonce, path).toBeDefined();
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Collects CSP violations seen by the page (events) and by the console ("Refused to ..."). */
async function watchCsp(page: Page): Promise<{ violations: () => Promise<Violation[]>; console: string[] }> {
  const consoleMessages: string[] = [];
  page.on('console', (m) => {
    if (/content security policy|refused to/i.test(m.text())) consoleMessages.push(`${m.type()}: ${m.text()}`);
  });
  // Registered through the DevTools protocol before any page script runs; CSP does not apply to it.
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: Violation[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  return {
    console: consoleMessages,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations),
  };
}

test('the pages run with no CSP violation and the station marker appears', async ({ page }) => {
  const csp = await watchCsp(page);

  await page.goto('/');
  await expect(page.getByTestId('station-marker')).toBeVisible();
  // A few 1 Hz ticks, so the map's run-time DOM and style updates happen under the policy too.
  await page.waitForTimeout(3000);
  expect(await csp.violations(), '/').toEqual([]);

  // The passes page with a place: the table, then a pass's sky chart (inline SVG) and its map.
  await page.goto('/passes?lat=51.5074&lon=-0.1278&name=London');
  await page.getByTestId('pass-row').first().click();
  await expect(page.getByTestId('sky-chart')).toBeVisible();
  await expect(page.locator('[data-testid="pass-detail"] .leaflet-container')).toBeVisible();
  await page.waitForTimeout(2000);
  expect(await csp.violations(), '/passes').toEqual([]);

  // The 404 document runs Next's scripts too.
  await page.goto('/no-such-page');
  await page.waitForTimeout(1000);
  expect(await csp.violations(), '404 page').toEqual([]);
  expect(csp.console).toEqual([]);
});

test('the policy is enforced: markup slipped into the page cannot run script, style or load foreign images', async ({
  page,
  baseURL,
}) => {
  // The control for the test above: the same watchers do see violations when there are some. The real document,
  // with its real headers, gets an injected inline script, inline styles and a foreign image, as an XSS would.
  await page.route(`${baseURL}/`, async (route) => {
    const response = await route.fetch();
    const injected = (await response.text()).replace(
      '</body>',
      '<script>window.__injected = true</script><style>body { outline: 5px solid red }</style>' +
        '<p id="xss" style="color: red">x</p><img src="https://tiles.example.invalid/0/0/0.png" alt=""></body>',
    );
    await route.fulfill({ response, body: injected });
  });
  const csp = await watchCsp(page);
  await page.goto('/');
  await expect(page.locator('#xss')).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
  await expect
    .poll(async () => [...new Set((await csp.violations()).map((v) => v.directive))].sort())
    .toEqual(['img-src', 'script-src-elem', 'style-src-attr', 'style-src-elem']);
  expect(csp.console.length).toBeGreaterThan(0);
});
