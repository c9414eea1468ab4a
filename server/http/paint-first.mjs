// @ts-check
/**
 * Pages paint first, then load their scripts: the server holds back the `<script async>` tags (and script preloads)
 * that Next writes into each page, and a small inline script starts them once the page's first picture is on screen.
 *
 * Why: on a phone, the first paint needs only the HTML and the CSS, but Next asks for 190-240 KiB of scripts in the
 * page's head. On a fast link with a slow CPU those scripts arrive before the CSS is laid out and run first (the
 * framework chunk alone is a 30-100 ms task at 4x), holding the paint back; on a slow link they share the line with
 * the CSS and the basemap picture. Lighthouse's simulated LCP counts every script that ended before the observed
 * paint, which here was all of them: 2.6-2.8 s against the 2.0 s. Started after the paint, the same scripts
 * hydrate a page that is already shown (the server's HTML carries every figure, the map as a picture); on a slow
 * link hydration comes later by about the time the first paint took (BENCHMARKS.md: "Paint first").
 *
 * "On screen" is what the browser reports, not a guess: the first contentful paint, and every element marked
 * `elementtiming` (the map's picture, whose basemap is the largest thing on the page) reported as painted. Browsers
 * without paint timing start at DOMContentLoaded, as before; none waits longer than ELEMENT_WAIT_MS after `load`
 * (a marked element that never paints, a page in a background tab).
 *
 * Only documents are touched: a GET or HEAD that accepts text/html and is not an RSC request. Next's own compression
 * would hide the tags, so those requests reach Next without Accept-Encoding, and this layer compresses the answer.
 * Pages without Next's tags (an error from Next, `next dev`) pass through unchanged but for compression.
 */
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { pathOf } from './request-guard.mjs';
// The levels the static files use, and why: static-assets.mjs.
import { BROTLI_QUALITY, GZIP_LEVEL, pickEncoding } from './static-assets.mjs';

/** The type of a held script: not JavaScript, so the browser neither fetches nor runs it. */
export const HELD_SCRIPT_TYPE = 'application/x-orbit-watch-after-paint';
/** The rel of a held script preload: unknown to browsers, so inert. */
export const HELD_PRELOAD_REL = 'x-orbit-watch-preload-after-paint';
/** The longest wait after `load` for a marked element to be reported painted. */
export const ELEMENT_WAIT_MS = 500;
/** Where the build's scripts live: nothing else is held back. */
const BUILD_SCRIPTS = '/_next/static/';

/**
 * Runs in the browser: inlined by its source text, so it refers to nothing outside its body. Starts the held scripts
 * (in document order, as async scripts, with the page's nonce) once the first contentful paint and every
 * `[elementtiming]` element have been reported.
 * @param {string} scriptType
 * @param {string} preloadRel
 * @param {number} elementWaitMs
 */
export function startScriptsAfterPaint(scriptType, preloadRel, elementWaitMs) {
  var started = false;
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  var painted = types.indexOf('paint') < 0;
  var watchElements = types.indexOf('element') >= 0;
  /** @type {Record<string, boolean>} */
  var shown = {};
  function start() {
    if (started) return;
    started = true;
    document.querySelectorAll('link[rel="' + preloadRel + '"]').forEach(function (held) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'script';
      link.href = held.getAttribute('href') || '';
      var priority = held.getAttribute('fetchpriority');
      if (priority) link.setAttribute('fetchpriority', priority);
      link.nonce = /** @type {HTMLElement} */ (held).nonce || '';
      document.head.appendChild(link);
    });
    document.querySelectorAll('script[type="' + scriptType + '"]').forEach(function (held) {
      var script = document.createElement('script');
      script.src = held.getAttribute('data-src') || '';
      script.async = true;
      script.nonce = /** @type {HTMLElement} */ (held).nonce || '';
      document.head.appendChild(script);
    });
  }
  function check() {
    if (started || !painted || document.readyState === 'loading') return;
    if (watchElements) {
      var marked = document.querySelectorAll('[elementtiming]');
      for (var i = 0; i < marked.length; i += 1) {
        if (!shown[marked[i]?.getAttribute('elementtiming') || '']) return;
      }
    }
    // A task, after the observer's: the frame that was reported is presented by now.
    setTimeout(start, 0);
  }
  if (!painted) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (entry.name === 'first-contentful-paint') painted = true;
      });
      check();
    }).observe({ type: 'paint', buffered: true });
  }
  if (watchElements) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        shown[/** @type {PerformanceEntry & { identifier: string }} */ (entry).identifier] = true;
      });
      check();
    }).observe({ type: 'element', buffered: true });
  }
  document.addEventListener('DOMContentLoaded', check);
  addEventListener('load', function () {
    check();
    setTimeout(start, elementWaitMs);
  });
}

/** @param {string} nonce */
function bootScript(nonce) {
  const args = [HELD_SCRIPT_TYPE, HELD_PRELOAD_REL, ELEMENT_WAIT_MS].map((a) => JSON.stringify(a)).join(',');
  const nonceAttr = nonce ? ` nonce="${nonce}"` : '';
  return `<script${nonceAttr}>(${startScriptsAfterPaint.toString()})(${args})</script>`;
}

/**
 * The attributes of an opening tag as React writes them (double-quoted values; `>` is always escaped inside them).
 * @param {string} attrs
 */
function attributesOf(attrs) {
  /** @type {Map<string, string>} */
  const map = new Map();
  for (const m of attrs.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) map.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
  return map;
}

/**
 * One opening tag, held back if it is one of Next's async build scripts or script preloads; null otherwise.
 * @param {string} tag
 * @returns {{ html: string, nonce: string } | null}
 */
export function holdTag(tag) {
  const m = /^<(script|link)\b([^>]*)>$/i.exec(tag);
  if (!m) return null;
  const attrs = attributesOf(m[2] ?? '');
  const nonce = attrs.get('nonce') ?? '';
  const nonceAttr = nonce ? ` nonce="${nonce}"` : '';
  if ((m[1] ?? '').toLowerCase() === 'script') {
    const src = attrs.get('src');
    if (!src?.startsWith(BUILD_SCRIPTS) || !attrs.has('async') || attrs.has('nomodule') || attrs.has('type'))
      return null;
    return { html: `<script type="${HELD_SCRIPT_TYPE}" data-src="${src}"${nonceAttr}>`, nonce };
  }
  const href = attrs.get('href');
  if (attrs.get('rel') !== 'preload' || attrs.get('as') !== 'script' || !href?.startsWith(BUILD_SCRIPTS)) return null;
  const priority = attrs.get('fetchpriority');
  const priorityAttr = priority ? ` fetchpriority="${priority}"` : '';
  return { html: `<link rel="${HELD_PRELOAD_REL}" href="${href}"${priorityAttr}${nonceAttr}/>`, nonce };
}

/**
 * A streaming rewrite of a page's HTML: push pieces as they come, then end. Tags split across pieces are held
 * until complete. The starter script goes just before the first held tag (the head's first script).
 */
export function createScriptHolder() {
  let carry = '';
  let booted = false;
  /** @param {string} text */
  const rewrite = (text) =>
    text.replace(/<(?:script|link)\b[^>]*>/gi, (tag) => {
      const held = holdTag(tag);
      if (!held) return tag;
      const boot = booted ? '' : bootScript(held.nonce);
      booted = true;
      return boot + held.html;
    });
  return {
    /** @param {string} piece */
    push(piece) {
      const text = carry + piece;
      const open = text.lastIndexOf('<');
      const cut = open > text.lastIndexOf('>') ? open : text.length;
      carry = text.slice(cut);
      return rewrite(text.slice(0, cut));
    },
    end() {
      const rest = carry;
      carry = '';
      return rewrite(rest);
    },
  };
}

/**
 * Whether a request is for a page (and so may be rewritten).
 * @param {import('node:http').IncomingMessage} req
 */
export function isDocumentRequest(req) {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (req.headers.rsc !== undefined) return false;
  const pathname = pathOf(req.url);
  if (pathname.startsWith('/_next/') || pathname.startsWith('/api/')) return false;
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * Makes `res` rewrite and compress the page Next writes into it. Call before handing the request to Next.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function paintFirst(req, res) {
  if (!isDocumentRequest(req)) return;
  const encoding = pickEncoding(req.headers['accept-encoding']);
  delete req.headers['accept-encoding'];
  // Node's overloads, called as they were given.
  /** @typedef {(...args: unknown[]) => unknown} Loose */
  const writeHead = /** @type {Loose} */ (res.writeHead);
  const write = /** @type {Loose} */ (res.write);
  const end = /** @type {Loose} */ (res.end);
  const patched = /** @type {{ writeHead: Loose, write: Loose, end: Loose }} */ (/** @type {unknown} */ (res));
  /** @type {{ holder: ReturnType<typeof createScriptHolder> | null, decoder: StringDecoder | null, zip: zlib.Gzip | zlib.BrotliCompress | null } | null} */
  let sink = null;
  let flushQueued = false;

  /** @param {unknown} chunk @param {BufferEncoding | undefined} enc */
  const toBuffer = (chunk, enc) =>
    Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), enc);

  /** @param {Buffer} bytes */
  const emit = (bytes) => {
    if (!sink || bytes.length === 0) return;
    if (!sink.zip) {
      write.call(res, bytes);
      return;
    }
    sink.zip.write(bytes);
    // Pieces written in one turn of the event loop are compressed together, then sent: the page still streams.
    if (!flushQueued) {
      flushQueued = true;
      setImmediate(() => {
        flushQueued = false;
        sink?.zip?.flush();
      });
    }
  };

  /** @param {Buffer} bytes */
  const take = (bytes) => {
    if (!sink) return;
    if (!sink.holder || !sink.decoder) return emit(bytes);
    emit(Buffer.from(sink.holder.push(sink.decoder.write(bytes)), 'utf8'));
  };

  const decide = () => {
    const type = String(res.getHeader('content-type') ?? '');
    const status = res.statusCode;
    const bodiless = req.method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
    const html = type.startsWith('text/html');
    const zip = !bodiless && encoding !== null && !res.hasHeader('content-encoding') && compressible(type);
    if (!html && !zip) return null;
    res.removeHeader('content-length');
    if (zip) {
      res.setHeader('content-encoding', encoding);
      const vary = String(res.getHeader('vary') ?? '');
      if (!/\baccept-encoding\b/i.test(vary))
        res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    }
    const stream = !zip
      ? null
      : encoding === 'br'
        ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
        : zlib.createGzip({ level: GZIP_LEVEL });
    stream?.on('data', (/** @type {Buffer} */ data) => write.call(res, data));
    return {
      holder: html ? createScriptHolder() : null,
      decoder: html ? new StringDecoder('utf8') : null,
      zip: stream,
    };
  };

  patched.writeHead = function (/** @type {unknown} */ code, /** @type {unknown[]} */ ...rest) {
    const status = Number(code);
    // Headers given here are set first, so the decision sees the whole set.
    const headers = rest.find((r) => typeof r === 'object' && r !== null);
    const message = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    res.statusCode = status;
    sink = decide();
    return message === undefined ? writeHead.call(res, status) : writeHead.call(res, status, message);
  };
  patched.write = function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!sink) return write.call(res, chunk, ...rest);
    const enc = typeof rest[0] === 'string' ? /** @type {BufferEncoding} */ (rest[0]) : undefined;
    take(toBuffer(chunk, enc));
    const callback = rest.find((r) => typeof r === 'function');
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  };
  patched.end = function (/** @type {unknown[]} */ ...args) {
    const callback = args.find((a) => typeof a === 'function');
    const chunk = typeof args[0] === 'function' ? undefined : args[0];
    const enc = typeof args[1] === 'string' ? /** @type {BufferEncoding} */ (args[1]) : undefined;
    if (!res.headersSent) {
      // A whole answer at once: its length is known, but it will be rewritten or compressed.
      res.writeHead(res.statusCode);
    }
    if (!sink) return end.apply(res, args);
    if (chunk !== undefined && chunk !== null) take(toBuffer(chunk, enc));
    const current = sink;
    if (current.holder && current.decoder)
      emit(Buffer.from(current.holder.push(current.decoder.end()) + current.holder.end(), 'utf8'));
    if (current.zip) {
      current.zip.on('end', () => end.call(res, callback));
      current.zip.end();
    } else {
      end.call(res, callback);
    }
    return res;
  };
}

/** @param {string} type */
function compressible(type) {
  return /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json|[a-z.+-]*\+(?:json|xml))|image\/svg\+xml)/i.test(
    type,
  );
}
