import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const wasmStub = './scripts/stubs/wasm-stub.ts';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  productionBrowserSourceMaps: process.env.OW_SOURCE_MAPS === '1',
  poweredByHeader: false,
  // A second build directory lets two checkouts' builds run side by side (development only).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  async headers() {
    // Generated data files change only with a dependency upgrade: let browsers and CDNs keep them a day and
    // revalidate in the background for a week.
    const dataCache = { key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' };
    return [
      { source: '/basemap/:file*', headers: [dataCache] },
      { source: '/gazetteer/:file*', headers: [dataCache] },
    ];
  },
  compiler: {
    // The service worker is built from the finished output (its precache list names the build's chunks), in a process
    // of its own: see scripts/build-service-worker.mjs.
    runAfterProductionCompile: async ({ projectDir, distDir }) => {
      execFileSync(process.execPath, [join(projectDir, 'scripts', 'build-service-worker.mjs'), distDir], {
        stdio: 'inherit',
      });
    },
  },
  turbopack: {
    resolveAlias: {
      // satellite.js 7's optional WASM entry points hang the build when resolved.
      '#wasm-multi-thread': wasmStub,
      '#wasm-single-thread': wasmStub,
    },
  },
};

// next-intl: the request config picks the language; each messages file is precompiled at build time, so the
// browser gets a small formatter instead of an ICU parser (issue 19's 10 KiB budget).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './server/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

export default withNextIntl(nextConfig);
