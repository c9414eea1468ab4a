import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadServerConfig } from '@/server/config';
import type { FetchLike } from '@/server/tle/fetch-upstream';
import { createTleSource, setTleSourceForTests, type TleSource } from '@/server/tle-source';

/**
 * Requests are untrusted: nothing in one may choose what the server fetches (SSRF), and text from upstream (the
 * TLE title line) is data, passed on as JSON and rendered by React as text, never as HTML.
 */

const API_DIR = path.join(process.cwd(), 'app/api');
const L1 = '1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998';
const L2 = '2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526';
const EPOCH_MS = Date.parse('2026-10-09T19:42:49.139Z');
const CONFIGURED_URL = 'http://tle-upstream.test.invalid/gp.php?CATNR=25544&FORMAT=TLE';
const HOSTILE_NAME = 'ISS <img src=x onerror=alert(1)></script><script>alert(2)</script> \u2028 & "quotes"';

type Handler = (request: Request) => Response | Promise<Response>;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(full) : e.name === 'route.ts' ? [full] : [];
  });
}

const ATTACKER_URLS = [
  'http://169.254.169.254/latest/meta-data/',
  'http://127.0.0.1:1/admin',
  'http://[::1]:22/',
  'https://evil.example/tle.txt',
  '//evil.example/x',
  'file:///etc/passwd',
  'gopher://127.0.0.1:6379/_INFO',
  'http://tle-upstream.test.invalid.evil.example/',
];
const URL_PARAMETERS = [
  'url',
  'source',
  'tle',
  'tleSource',
  'TLE_SOURCE',
  'upstream',
  'callback',
  'redirect',
  'next',
  'href',
];

let dataDir: string;
let source: TleSource;
let upstreamFetch: ReturnType<typeof vi.fn<FetchLike>>;
let clockMs: number;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'untrusted-input-'));
  const { config } = loadServerConfig({ TLE_SOURCE: CONFIGURED_URL, DATA_DIR: dataDir });
  clockMs = EPOCH_MS + 86_400_000;
  upstreamFetch = vi.fn<FetchLike>(async () => new Response(`0 ${HOSTILE_NAME}\n${L1}\n${L2}\n`, { status: 200 }));
  source = createTleSource(config, {
    fetch: upstreamFetch,
    // Each call moves the clock 3 h on, so every request finds a refresh due: the most chances to steer a fetch.
    nowMs: () => (clockMs += 3 * 3_600_000),
    log: { info: () => undefined, warn: () => undefined },
  });
  setTleSourceForTests(source);
});

afterEach(() => {
  setTleSourceForTests(null);
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('no SSRF', () => {
  it('fetches only the configured upstream, whatever URLs the requests carry in parameters or headers', async () => {
    const outbound = [
      vi.spyOn(globalThis, 'fetch'),
      vi.spyOn(http, 'request'),
      vi.spyOn(http, 'get'),
      vi.spyOn(https, 'request'),
      vi.spyOn(https, 'get'),
      vi.spyOn(net, 'connect'),
      vi.spyOn(net, 'createConnection'),
    ];
    const files = routeFiles(API_DIR);
    expect(files.length).toBeGreaterThanOrEqual(3);
    let sent = 0;
    for (const file of files) {
      const { GET } = (await import(/* @vite-ignore */ file)) as { GET: Handler };
      const urlPath = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join('/')}`;
      for (const target of ATTACKER_URLS) {
        const queries = [
          ...URL_PARAMETERS.map((p) => `${p}=${encodeURIComponent(target)}`),
          `at=${encodeURIComponent(target)}`,
          `units=${encodeURIComponent(target)}`,
          `lat=${encodeURIComponent(target)}&lon=${encodeURIComponent(target)}`,
          '',
        ];
        for (const query of queries) {
          const request = new Request(`http://localhost:3000${urlPath}?${query}`, {
            headers: {
              'x-forwarded-host': new URL(target.startsWith('//') ? `http:${target}` : target).host || 'evil.example',
              'x-forwarded-proto': 'gopher',
              referer: target,
              origin: 'https://evil.example',
              forwarded: `for=1.2.3.4;host=evil.example;proto=http`,
            },
          });
          const response = await GET(request);
          expect(response.status).toBeLessThan(500);
          await response.arrayBuffer();
          await source.idle();
          sent += 1;
        }
      }
    }
    expect(sent).toBeGreaterThan(100);
    // The source did refresh, repeatedly, and every single time from the configured URL only.
    expect(upstreamFetch.mock.calls.length).toBeGreaterThan(10);
    for (const [url] of upstreamFetch.mock.calls) expect(url).toBe(CONFIGURED_URL);
    for (const spy of outbound) expect(spy).not.toHaveBeenCalled();
  });

  it('keeps outbound requests to the TLE source, whose only URL is the configuration', () => {
    // Any new server-side fetch must be reviewed for SSRF: list the files that make one.
    const roots = ['server', 'app/api', 'proxy.ts'];
    const sources: string[] = [];
    const walk = (p: string): void => {
      const st = fs.statSync(p);
      if (st.isDirectory()) {
        for (const e of fs.readdirSync(p)) if (e !== 'test-support' && e !== 'fuzz') walk(path.join(p, e));
      } else if (/\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p)) {
        sources.push(p.split(path.sep).join('/'));
      }
    };
    for (const r of roots) if (fs.existsSync(r)) walk(r);
    const read = (file: string): string => fs.readFileSync(file, 'utf8');
    const callers = sources.filter((f) =>
      /\bfetch\s*\(|\bhttps?\.(request|get)\s*\(|\bnet\.connect\s*\(|from 'undici'/.test(read(f)),
    );
    expect(callers.sort()).toEqual(['server/tle/fetch-upstream.ts', 'server/tle/source.ts']);
    // And the source takes its URLs from the parsed configuration, never from a caller: the list is built from the
    // setting alone, handed once to the fetcher when it is made, and every request goes to a place of that list.
    expect(read('server/tle/upstream-chain.ts')).toMatch(
      /\(setting: TleSourceSetting\): readonly Upstream\[\] \{\s+return setting\.kind === 'http' \? \(setting\.chain \?\? \[\{ kind: 'http', url: setting\.url \}\]\)/,
    );
    expect(read('server/tle/source.ts')).toMatch(/return createHttpFetcher\(upstreamChain\(setting\), config, deps\);/);
    expect(read('server/tle/http-fetcher.ts')).toMatch(
      /createHttpFetcher\(chain: readonly Upstream\[\], config: ServerConfig, deps: TleSourceDeps\)/,
    );
    expect(read('server/tle/http-fetcher.ts')).toMatch(/inflight = attempt\(chain\)/);
    expect(read('server/tle/read-place.ts')).toMatch(/fetchUpstream\(place\.url, \{/);
    // Those are the only places that start a fetcher or a request, and no caller passes anything to getTle.
    const using = (name: string): string[] => sources.filter((f) => new RegExp(`\\b${name}\\(`).test(read(f))).sort();
    expect(using('createHttpFetcher')).toEqual(['server/tle/http-fetcher.ts', 'server/tle/source.ts']);
    expect(using('fetchUpstream')).toEqual(['server/tle/fetch-upstream.ts', 'server/tle/read-place.ts']);
    expect(read('server/tle/source.ts')).not.toMatch(/getTle\(\s*\w/);
  });
});

describe('upstream text is data', () => {
  it('passes a hostile TLE title through /api/tle as JSON text, byte for byte', async () => {
    const { GET } = (await import('@/app/api/tle/route')) as { GET: Handler };
    await GET(new Request('http://localhost:3000/api/tle')); // the first request fetches and holds the TLE
    await source.idle();
    const response = await GET(new Request('http://localhost:3000/api/tle'));
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const raw = await response.text();
    expect((JSON.parse(raw) as { name: string }).name).toBe(HOSTILE_NAME);
  });

  it('renders a hostile title as escaped text through React', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const html = renderToStaticMarkup(createElement('h2', { title: HOSTILE_NAME }, HOSTILE_NAME));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('has no raw-HTML sink anywhere in the source tree', () => {
    // Spelled in pieces so this file does not match itself.
    const dangerous = ['dangerously', 'SetInnerHTML'].join('');
    const sinks = [
      new RegExp(dangerous),
      /\.outerHTML\s*=/,
      /insertAdjacentHTML\s*\(/,
      /document\.write(ln)?\s*\(/,
      /\beval\s*\(/,
      /new Function\s*\(/,
    ];
    // innerHTML is allowed only where the markup is a constant written in that file (no upstream text).
    const innerHtmlAllowed = new Set(['components/map/orbit-overlay.ts']);
    const offenders: string[] = [];
    const skip = new Set(['node_modules', '.git', 'test-results', 'playwright-report', 'public', 'fixtures']);
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (skip.has(e.name) || e.name.startsWith('.next')) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(tsx?|jsx?|mjs|cjs)$/.test(e.name)) {
          const rel = path.relative(process.cwd(), full).split(path.sep).join('/');
          if (rel === 'server/security/untrusted-input.test.ts') continue;
          const text = fs.readFileSync(full, 'utf8');
          for (const sink of sinks) if (sink.test(text)) offenders.push(`${rel}: ${sink}`);
          if (/\.innerHTML\s*=/.test(text) && !innerHtmlAllowed.has(rel)) offenders.push(`${rel}: innerHTML`);
        }
      }
    };
    walk(process.cwd());
    expect(offenders).toEqual([]);
  });

  it('keeps the allowed innerHTML to constant markup', () => {
    const text = fs.readFileSync('components/map/orbit-overlay.ts', 'utf8');
    const assignments = text
      .split(/\.innerHTML\s*=/)
      .slice(1)
      .map((rest) => rest.slice(0, rest.indexOf(';')));
    expect(assignments.length).toBeGreaterThan(0);
    for (const markup of assignments) {
      // Only string literals and interpolations of module constants (UPPER_CASE), no names, no props.
      for (const [, expr] of markup.matchAll(/\$\{([^}]*)\}/g)) expect(expr?.trim()).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });
});
