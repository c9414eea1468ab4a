import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React server bundle; under Vitest it is a no-op.
      'server-only': fileURLToPath(new URL('./scripts/stubs/empty.ts', import.meta.url)),
    },
  },
  test: {
    include: ['{lib,app-logic,content,server,components,app,worker,scripts,test-support}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20000,
    // The default source is live (CelesTrak): a unit test never touches the internet, so any code that reads the
    // process configuration gets the embedded set. Tests of the live path use fake upstreams on 127.0.0.1.
    env: { TLE_SOURCE: 'embedded' },
  },
});
