import type { NextConfig } from 'next';

const wasmStub = './lib/stubs/wasm-stub.ts';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build directory lets two checkouts' builds run side by side (development only).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  turbopack: {
    resolveAlias: {
      // satellite.js 7's optional WASM entry points hang the build when resolved.
      '#wasm-multi-thread': wasmStub,
      '#wasm-single-thread': wasmStub,
    },
  },
};

export default nextConfig;
