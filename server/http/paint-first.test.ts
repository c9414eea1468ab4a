import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createScriptHolder,
  ELEMENT_WAIT_MS,
  HELD_PRELOAD_REL,
  HELD_SCRIPT_TYPE,
  holdTag,
  isDocumentRequest,
  paintFirst,
  startScriptsAfterPaint,
} from './paint-first.mjs';

const NONCE = 'gjMZGsp4VtT32M/2tmT+Mw==';
// The shape of a page as Next 16 writes it (tags copied from a production build of `/`, bodies shortened).
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  `<link rel="stylesheet" href="/_next/static/chunks/3jehel90yvw-x.css" nonce="${NONCE}" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" nonce="${NONCE}" href="/_next/static/chunks/1d4dmuafy3bo0.js"/>`,
  `<script src="/_next/static/chunks/0rtgb_ift_dla.js" async="" nonce="${NONCE}"></script>`,
  `<script src="/_next/static/chunks/turbopack-2u1d16houkiyo.js" async="" nonce="${NONCE}"></script>`,
  `<link rel="preload" href="/_next/static/chunks/0d875r9at1q1d.css" as="style" nonce="${NONCE}"/>`,
  `<link rel="preload" href="/_next/static/chunks/2c4jdxu9drgse.js" as="script" nonce="${NONCE}" fetchPriority="low"/>`,
  `<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule="" nonce="${NONCE}"></script>`,
  '</head><body><main><p>Over the Pacific</p></main>',
  `<script nonce="${NONCE}" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>`,
  `<script src="/_next/static/chunks/1d4dmuafy3bo0.js" nonce="${NONCE}" async=""></script>`,
  `<script nonce="${NONCE}">self.__next_f.push([1,"\\u003cp\\u003e"])</script>`,
  '</body></html>',
].join('');

describe('holdTag', () => {
  it("holds Next's async build scripts, whatever the order of their attributes", () => {
    expect(holdTag(`<script src="/_next/static/chunks/a.js" async="" nonce="${NONCE}">`)).toEqual({
      html: `<script type="${HELD_SCRIPT_TYPE}" data-src="/_next/static/chunks/a.js" nonce="${NONCE}">`,
      nonce: NONCE,
    });
    expect(holdTag(`<script src="/_next/static/chunks/b.js" nonce="${NONCE}" async="">`)?.html).toContain(
      'data-src="/_next/static/chunks/b.js"',
    );
  });

  it('holds script preloads, keeping their priority', () => {
    expect(
      holdTag(
        `<link rel="preload" as="script" fetchPriority="low" nonce="${NONCE}" href="/_next/static/chunks/c.js"/>`,
      ),
    ).toEqual({
      html: `<link rel="${HELD_PRELOAD_REL}" href="/_next/static/chunks/c.js" fetchpriority="low" nonce="${NONCE}"/>`,
      nonce: NONCE,
    });
  });

  it.each([
    ['an inline script', `<script nonce="${NONCE}">`],
    ['the legacy-browser script', `<script src="/_next/static/chunks/p.js" noModule="" nonce="${NONCE}">`],
    ['a script that blocks parsing', '<script src="/_next/static/chunks/sync.js">'],
    ['a script from elsewhere', '<script src="/vendor/x.js" async="">'],
    ['a module script', '<script type="module" src="/_next/static/chunks/m.js" async="">'],
    ['a style preload', '<link rel="preload" href="/_next/static/chunks/s.css" as="style"/>'],
    ['a stylesheet', '<link rel="stylesheet" href="/_next/static/chunks/s.css"/>'],
  ])('leaves %s alone', (_, tag) => {
    expect(holdTag(tag)).toBeNull();
  });
});

describe('createScriptHolder', () => {
  const whole = (() => {
    const holder = createScriptHolder();
    return holder.push(PAGE) + holder.end();
  })();

  it('leaves no build script or script preload for the browser to fetch before the starter runs', () => {
    expect(whole).not.toMatch(/<script src="\/_next\/static\/[^"]*"[^>]*async/);
    expect(whole).not.toMatch(/rel="preload" [^>]*as="script"/);
    expect(whole.match(new RegExp(`type="${HELD_SCRIPT_TYPE}"`, 'g'))).toHaveLength(3);
    expect(whole.match(new RegExp(`rel="${HELD_PRELOAD_REL}"`, 'g'))).toHaveLength(2);
    // Everything else is as Next wrote it.
    expect(whole).toContain('<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""');
    expect(whole).toContain('<link rel="preload" href="/_next/static/chunks/0d875r9at1q1d.css" as="style"');
    expect(whole).toContain('self.__next_f.push([1,"\\u003cp\\u003e"])');
    expect(whole).toContain('<main><p>Over the Pacific</p></main>');
  });

  it('puts the starter once, with the page nonce, in the head before the first held tag', () => {
    const starts = [...whole.matchAll(/<script nonce="([^"]*)">\(function startScriptsAfterPaint/g)];
    expect(starts).toHaveLength(1);
    expect(starts[0]?.[1]).toBe(NONCE);
    const at = starts[0]?.index ?? -1;
    expect(at).toBeLessThan(whole.indexOf(HELD_PRELOAD_REL));
    expect(at).toBeLessThan(whole.indexOf('</head>'));
    expect(whole).toContain(
      `(${JSON.stringify(HELD_SCRIPT_TYPE)},${JSON.stringify(HELD_PRELOAD_REL)},${ELEMENT_WAIT_MS})`,
    );
  });

  it('gives the same page however the stream is cut, tags split included', () => {
    for (const size of [1, 2, 7, 64, 1000]) {
      const holder = createScriptHolder();
      let out = '';
      for (let i = 0; i < PAGE.length; i += size) out += holder.push(PAGE.slice(i, i + size));
      out += holder.end();
      expect(out).toBe(whole);
    }
  });

  it('passes a page without build scripts through unchanged', () => {
    const holder = createScriptHolder();
    const page = '<html><body><p>a < b</p><script>if (1 < 2) {}</script></body></html>';
    expect(holder.push(page) + holder.end()).toBe(page);
  });
});

describe('isDocumentRequest', () => {
  const req = (method: string, url: string, headers: http.IncomingHttpHeaders) =>
    ({ method, url, headers }) as http.IncomingMessage;
  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it('takes page navigations only', () => {
    expect(isDocumentRequest(req('GET', '/', html))).toBe(true);
    expect(isDocumentRequest(req('HEAD', '/passes?lat=1', html))).toBe(true);
    expect(isDocumentRequest(req('POST', '/', html))).toBe(false);
    expect(isDocumentRequest(req('GET', '/', { ...html, rsc: '1' }))).toBe(false);
    expect(isDocumentRequest(req('GET', '/api/tle', html))).toBe(false);
    expect(isDocumentRequest(req('GET', '/_next/static/chunks/a.js', html))).toBe(false);
    expect(isDocumentRequest(req('GET', '/', { accept: 'application/json' }))).toBe(false);
  });
});

describe('paintFirst', () => {
  let server: http.Server;
  let base = '';
  let seenEncoding: (string | undefined)[] = [];
  /** How the fake Next answers: set per test. */
  let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = () => {};

  beforeEach(async () => {
    seenEncoding = [];
    server = http.createServer((req, res) => {
      paintFirst(req, res);
      seenEncoding.push(req.headers['accept-encoding']);
      answer(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, headers: Record<string, string>, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(`${base}${path}`, { method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject)
        .end();
    });
  const expected = (() => {
    const holder = createScriptHolder();
    return holder.push(PAGE) + holder.end();
  })();
  // Next streams a page: headers set one by one, then pieces, some in later turns of the event loop.
  const streamPage = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Vary', 'rsc');
    const bytes = Buffer.from(PAGE);
    res.write(bytes.subarray(0, 300));
    setTimeout(() => {
      res.write(bytes.subarray(300, 301));
      res.write(bytes.subarray(301, 900).toString('utf8'), 'utf8');
      setImmediate(() => res.end(bytes.subarray(900)));
    }, 5);
  };

  it.each([
    ['br', (b: Buffer) => zlib.brotliDecompressSync(b)],
    ['gzip', (b: Buffer) => zlib.gunzipSync(b)],
  ] as const)('rewrites a streamed page and sends it compressed (%s)', async (encoding, decode) => {
    answer = streamPage;
    const res = await get('/', { accept: 'text/html', 'accept-encoding': encoding });
    expect(seenEncoding).toEqual([undefined]);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers.vary).toBe('rsc, Accept-Encoding');
    expect(decode(res.body).toString('utf8')).toBe(expected);
  });

  it('rewrites without compressing for a client that accepts no compression', async () => {
    answer = streamPage;
    const res = await get('/', { accept: 'text/html' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(expected);
  });

  it('drops a stated length, which the rewrite changes (headers given to writeHead, body to end)', async () => {
    answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(PAGE) });
      res.end(PAGE);
    };
    const res = await get('/', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(res.headers['content-length']).toBeUndefined();
    expect(zlib.gunzipSync(res.body).toString('utf8')).toBe(expected);
  });

  it('compresses what a page request gets that is not a page, and leaves it as it is', async () => {
    const json = JSON.stringify({ message: '<script src="/_next/static/x.js" async="">'.repeat(20) });
    answer = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(json);
    };
    const res = await get('/not-a-page', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(res.body).toString('utf8')).toBe(json);
  });

  it('answers HEAD with headers only', async () => {
    answer = streamPage;
    const res = await get('/', { accept: 'text/html', 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('leaves other requests to Next as they came', async () => {
    answer = (_req, res) => {
      res.setHeader('content-type', 'text/x-component');
      res.end(PAGE);
    };
    const res = await get('/', { accept: '*/*', rsc: '1', 'accept-encoding': 'gzip' });
    expect(seenEncoding).toEqual(['gzip']);
    expect(res.body.toString('utf8')).toBe(PAGE);
  });
});

describe('startScriptsAfterPaint (in a stand-in browser)', () => {
  type Listener = () => void;
  interface Entry {
    name: string;
    identifier?: string;
  }
  let observers: Map<string, (list: { getEntries: () => Entry[] }) => void>;
  let docListeners: Map<string, Listener>;
  let winListeners: Map<string, Listener>;
  let appended: { tag: string; attrs: Record<string, string | boolean> }[];
  let marked: string[];
  let state: { readyState: string };

  const held = (attrs: Record<string, string>, nonce: string) => ({
    getAttribute: (name: string) => attrs[name] ?? null,
    nonce,
  });

  const install = (supported: string[]) => {
    observers = new Map();
    docListeners = new Map();
    winListeners = new Map();
    appended = [];
    marked = [];
    state = { readyState: 'loading' };
    class FakeObserver {
      static supportedEntryTypes = supported;
      constructor(private readonly callback: (list: { getEntries: () => Entry[] }) => void) {}
      observe({ type }: { type: string }) {
        observers.set(type, this.callback);
      }
    }
    const element = (tag: string) => {
      const attrs: Record<string, string | boolean> = {};
      return new Proxy(
        { setAttribute: (k: string, v: string) => (attrs[k] = v), tag, attrs },
        {
          set: (target, key, value) => {
            attrs[String(key)] = value as string | boolean;
            return true;
          },
          get: (target, key) => (key in target ? target[key as keyof typeof target] : attrs[String(key)]),
        },
      );
    };
    const document = {
      get readyState() {
        return state.readyState;
      },
      head: { appendChild: (e: { tag: string; attrs: Record<string, string | boolean> }) => appended.push(e) },
      createElement: element,
      addEventListener: (type: string, fn: Listener) => docListeners.set(type, fn),
      querySelectorAll: (selector: string) => {
        if (selector === '[elementtiming]') return marked.map((id) => held({ elementtiming: id }, ''));
        if (selector.startsWith('link'))
          return [held({ href: '/_next/static/chunks/lazy.js', fetchpriority: 'low' }, 'n1')];
        return [
          held({ 'data-src': '/_next/static/chunks/framework.js' }, 'n1'),
          held({ 'data-src': '/_next/static/chunks/main.js' }, 'n1'),
        ];
      },
    };
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.stubGlobal('window', { PerformanceObserver: FakeObserver });
    vi.stubGlobal('document', document);
    vi.stubGlobal('addEventListener', (type: string, fn: Listener) => winListeners.set(type, fn));
    startScriptsAfterPaint(HELD_SCRIPT_TYPE, HELD_PRELOAD_REL, ELEMENT_WAIT_MS);
  };
  const report = (type: string, entry: Entry) => observers.get(type)?.({ getEntries: () => [entry] });
  const parsed = () => {
    state.readyState = 'interactive';
    docListeners.get('DOMContentLoaded')?.();
  };

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts nothing before the first contentful paint, then every held script in order, with the nonce', () => {
    install(['paint', 'element', 'largest-contentful-paint']);
    parsed();
    vi.advanceTimersByTime(1000);
    expect(appended).toEqual([]);
    report('paint', { name: 'first-paint' });
    vi.advanceTimersByTime(10);
    expect(appended).toEqual([]);
    report('paint', { name: 'first-contentful-paint' });
    vi.advanceTimersByTime(0);
    expect(appended.map((e) => [e.tag, e.attrs])).toEqual([
      [
        'link',
        { rel: 'preload', as: 'script', href: '/_next/static/chunks/lazy.js', fetchpriority: 'low', nonce: 'n1' },
      ],
      ['script', { src: '/_next/static/chunks/framework.js', async: true, nonce: 'n1' }],
      ['script', { src: '/_next/static/chunks/main.js', async: true, nonce: 'n1' }],
    ]);
    // Once only.
    winListeners.get('load')?.();
    vi.advanceTimersByTime(ELEMENT_WAIT_MS);
    expect(appended).toHaveLength(3);
  });

  it('waits for every marked element to be reported painted', () => {
    install(['paint', 'element']);
    marked = ['map-picture'];
    report('paint', { name: 'first-contentful-paint' });
    parsed();
    vi.advanceTimersByTime(100);
    expect(appended).toEqual([]);
    report('element', { name: 'image-paint', identifier: 'map-picture' });
    vi.advanceTimersByTime(0);
    expect(appended).toHaveLength(3);
  });

  it('does not wait past load + ELEMENT_WAIT_MS for an element that never paints', () => {
    install(['paint', 'element']);
    marked = ['hidden'];
    report('paint', { name: 'first-contentful-paint' });
    parsed();
    winListeners.get('load')?.();
    vi.advanceTimersByTime(ELEMENT_WAIT_MS - 1);
    expect(appended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(appended).toHaveLength(3);
  });

  it('starts at DOMContentLoaded in a browser without paint timing', () => {
    install([]);
    vi.advanceTimersByTime(100);
    expect(appended).toEqual([]);
    parsed();
    vi.advanceTimersByTime(0);
    expect(appended).toHaveLength(3);
  });
});
