// Figure 4: first-load JS of `/` (the JS chunks the served HTML references, each gzipped, summed), the lazily
// loaded map chunk(s) (the build's chunks holding Leaflet), and the Natural Earth basemap files.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  url: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  page: string;
  firstLoad: ChunkSize[];
  firstLoadGzipBytes: number;
  /** Of those, the chunks a bare 404 page loads too: the framework (Next, React) rather than this app. */
  sharedWithNotFoundGzipBytes: number;
  htmlGzipBytes: number;
  mapChunks: ChunkSize[];
  mapChunksGzipBytes: number;
  /** True when no first-load chunk holds Leaflet: the map arrives only through the dynamic import. */
  mapIsLazy: boolean;
  basemaps: Array<{ name: string; rawBytes: number; gzipBytes: number; cacheControl: string | null }>;
}

const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;
/** Leaflet's own class names: present in its code, absent from ours. */
const LEAFLET_MARKERS = ['leaflet-container', 'leaflet-zoom-animated'];

/**
 * The JS files a modern browser loads for the document: every `<script src>` except `noModule` ones (Next's
 * legacy polyfills, which module-capable browsers skip without downloading).
 */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src === undefined || /\bnomodule\b/i.test(attrs)) continue;
    urls.add(src.replace(/&amp;/g, '&'));
  }
  return [...urls].filter((u) => /\.js(\?|$)/.test(u));
}

export async function measurePageWeight(
  baseUrl: string,
  distDir: string,
  cwd: string,
  page = '/',
): Promise<PageWeight> {
  const htmlRes = await fetch(`${baseUrl}${page}`);
  const html = await htmlRes.text();
  if (!htmlRes.ok) throw new Error(`${page}: HTTP ${htmlRes.status}`);
  const firstLoad: ChunkSize[] = [];
  for (const url of scriptUrls(html)) {
    const res = await fetch(new URL(url, baseUrl));
    const bytes = Buffer.from(await res.arrayBuffer());
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    firstLoad.push({ url, rawBytes: bytes.length, gzipBytes: gzipSize(bytes) });
  }
  const notFound = await fetch(`${baseUrl}/__orbit-watch-bench-missing-page`);
  const notFoundScripts = new Set(scriptUrls(await notFound.text()));
  const chunksDir = path.join(cwd, distDir, 'static', 'chunks');
  const mapChunks: ChunkSize[] = [];
  for (const file of fs.readdirSync(chunksDir, { recursive: true }) as string[]) {
    if (!file.endsWith('.js')) continue;
    const bytes = fs.readFileSync(path.join(chunksDir, file));
    const text = bytes.toString('utf8');
    if (LEAFLET_MARKERS.every((m) => text.includes(m))) {
      mapChunks.push({ url: `/_next/static/chunks/${file}`, rawBytes: bytes.length, gzipBytes: gzipSize(bytes) });
    }
  }
  const firstLoadNames = new Set(firstLoad.map((c) => path.basename(c.url.split('?')[0] ?? '')));
  const basemaps: PageWeight['basemaps'] = [];
  for (const name of ['countries-110m.json', 'countries-50m.json']) {
    const file = path.join(cwd, 'public', 'basemap', name);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    const head = await fetch(`${baseUrl}/basemap/${name}`, { method: 'HEAD' });
    basemaps.push({
      name,
      rawBytes: bytes.length,
      gzipBytes: gzipSize(bytes),
      cacheControl: head.headers.get('cache-control'),
    });
  }
  const sum = (xs: ChunkSize[]) => xs.reduce((n, c) => n + c.gzipBytes, 0);
  return {
    page,
    firstLoad,
    firstLoadGzipBytes: sum(firstLoad),
    sharedWithNotFoundGzipBytes: sum(firstLoad.filter((c) => notFoundScripts.has(c.url))),
    htmlGzipBytes: gzipSize(Buffer.from(html)),
    mapChunks,
    mapChunksGzipBytes: sum(mapChunks),
    mapIsLazy: mapChunks.length > 0 && mapChunks.every((c) => !firstLoadNames.has(path.basename(c.url))),
    basemaps,
  };
}
