/**
 * Builds public/sw.js from worker/sw.ts after `next build` has compiled the app (next.config.ts calls it from
 * `compiler.runAfterProductionCompile`, so `npx next build` alone makes a complete build). Serwist's Next plugin is
 * webpack-only; for Turbopack Serwist builds the worker apart: here its build API lists the files to precache (with a
 * revision for the files whose names carry no hash) and esbuild bundles the worker with that list.
 *
 * Usage: node scripts/build-service-worker.mjs [distDir]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const distDir = resolve(root, process.argv[2] ?? process.env.NEXT_DIST_DIR ?? '.next');

/** Precache entries for the build output and the public files the pages need offline. */
async function precacheEntries() {
  const fromBuild = await getManifest({
    globDirectory: join(distDir, 'static'),
    globPatterns: ['**/*.{js,css,woff2,woff,ttf,png,svg,jpg,webp,ico}'],
    modifyURLPrefix: { '': '/_next/static/' },
    // Next names every file under /_next/static/ after its content (or puts it under the build id).
    dontCacheBustURLsMatching: /^\/_next\/static\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  const fromPublic = await getManifest({
    globDirectory: join(root, 'public'),
    // The basemaps (both resolutions) and the icons; the gazetteer is only fetched when someone types a place. The
    // map picture's basemap image is added below.
    globPatterns: ['basemap/*.json', 'icons/*.{png,svg}'],
    modifyURLPrefix: { '': '/' },
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  for (const warning of [...fromBuild.warnings, ...fromPublic.warnings]) console.warn(`[sw] ${warning}`);
  return [...fromBuild.manifestEntries, ...fromPublic.manifestEntries, pictureBasemapEntry()];
}

/**
 * The map picture's basemap image, a route prerendered after this step runs (app/basemap/world-110m.svg): its
 * revision is what it is made from, the Natural Earth data and the code that draws it.
 */
function pictureBasemapEntry() {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(join(root, 'node_modules', 'world-atlas', 'package.json'), 'utf8')).version);
  for (const file of ['server/map/basemap-svg.ts', 'app-logic/map/map-picture.ts', 'components/map/palette.ts'])
    hash.update(readFileSync(join(root, file), 'utf8'));
  return { url: '/basemap/world-110m.svg', revision: hash.digest('hex').slice(0, 16) };
}

const entries = await precacheEntries();
const source = readFileSync(join(root, 'worker', 'sw.ts'), 'utf8');
// The tag names this build's document cache: any change of code, style, basemap or worker gives a new one.
const tag = createHash('sha256').update(JSON.stringify(entries)).update(source).digest('hex').slice(0, 16);
const result = await build({
  entryPoints: [join(root, 'worker', 'sw.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  write: false,
  define: {
    __PRECACHE_MANIFEST__: JSON.stringify(entries),
    __BUILD_TAG__: JSON.stringify(tag),
    'process.env.NODE_ENV': '"production"',
  },
  logLevel: 'warning',
});
const code = result.outputFiles[0]?.text ?? '';
writeFileSync(join(root, 'public', 'sw.js'), code);
console.log(
  `[sw] public/sw.js: ${entries.length} files precached, tag ${tag}, worker ${(code.length / 1024).toFixed(1)} KiB`,
);
