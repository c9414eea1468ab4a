import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './e2e/chromium';
// Sets ORBIT_WATCH_CLOCK for the servers the suite starts: one pinned timeline (see the module).
import './e2e/pinned-clock';

// Debian's chromium where there is one (this project's CI has no browser download);
// elsewhere Playwright's own, installed with `npx playwright install chromium`.
const executablePath = findChromium();
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './e2e',
  // The 24-hour soak takes 2-5 minutes on two cores, more than the suite's budget allows: `npm run soak`.
  testIgnore: process.env.SOAK ? [] : ['**/*-soak.spec.ts'],
  outputDir: './test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // The service worker (worker/sw.ts) is blocked unless a spec asks for it (e2e/kiosk.spec.ts, the soak): page.route
    // cannot see requests a worker answers, and a worker installing in the background would make the other specs'
    // second page loads depend on its timing. E2E_SERVICE_WORKERS=allow runs every spec with it.
    serviceWorkers: process.env.E2E_SERVICE_WORKERS === 'allow' ? 'allow' : 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    // The production build made by `npm test` (scripts/test-all.sh), served as `npm run serve` deploys it (two
    // workers: every test also crosses the cluster); offline defaults only.
    command: `node server/http/start.mjs -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      WEB_CONCURRENCY: '2',
      DATA_DIR: './test-results/e2e-data',
      TLE_SOURCE: 'embedded',
      // The suite makes many API calls from one address; e2e/rate-limit.spec.ts tests the limiter on a server of its own.
      API_RATE_LIMIT: '0',
    },
  },
});
