import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, type RunningServer } from '../scripts/load/server';
import { startBuiltServer } from './helpers';
import { expect, test } from './pinned-clock';

// The live source cannot be reached (here a port on 127.0.0.1 that refuses connections, as a machine without
// network refuses CelesTrak): nothing waits for it, and every place that shows the elements says so, and since when.

test.describe('a live source that cannot be reached', () => {
  let server: RunningServer;
  let dataDir: string;

  test.beforeEach(async () => {
    // A port that was free a moment ago and has nothing listening: connections are refused at once.
    const refused = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-source-'));
    server = await startBuiltServer({ TLE_SOURCE: `http://127.0.0.1:${refused}/gp.php`, DATA_DIR: dataDir });
  });

  test.afterEach(async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the first answer comes at once from the embedded set; health, the API and the badge say it is unreachable', async ({
    page,
  }) => {
    const first = (await (await fetch(`${server.baseUrl}/api/tle`)).json()) as {
      source: string;
      liveSource: { state: string };
    };
    expect(first.source).toBe('embedded');
    await expect
      .poll(
        async () =>
          ((await (await fetch(`${server.baseUrl}/api/health`)).json()) as { liveSource: { state: string } }).liveSource
            .state,
      )
      .toBe('unreachable');
    const health = (await (await fetch(`${server.baseUrl}/api/health`)).json()) as {
      status: string;
      reasons: string[];
      liveSource: { state: string; since: string };
      upstream: { failingSince: string };
    };
    expect(health.status).toBe('degraded');
    expect(health.liveSource.since).toBe(health.upstream.failingSince);
    expect(health.reasons.join('\n')).toMatch(
      /the live source \(http:\/\/127\.0\.0\.1:\d+\/gp\.php\) cannot be reached since \d{4}-\d\d-\d\dT/,
    );
    const tle = (await (await fetch(`${server.baseUrl}/api/tle`)).json()) as {
      liveSource: { state: string; since: string };
    };
    expect(tle.liveSource).toEqual(health.liveSource);

    await page.goto(`${server.baseUrl}/`);
    const badge = page.getByTestId('tle-badge');
    await expect(badge).toHaveAttribute('data-live-source', 'unreachable');
    await expect(page.getByTestId('live-source')).toHaveText(
      /^The live source of orbital elements cannot be reached since \d{4}-\d\d-\d\d \d\d:\d\d UTC: the server keeps the last good ones it has\.$/,
    );
  });
});
