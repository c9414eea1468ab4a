import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from './pinned-clock';
import { processTree } from '../scripts/load/rss';
import { freePort, type RunningServer } from '../scripts/load/server';
import { startBuiltServer } from './helpers';
import { EMBEDDED_TLE_TEXT } from '../server/tle/embedded-tle';
import { startFakeUpstream, type FakeUpstream } from '../test-support/tle/fake-upstream';

// The production launcher (server/http/start.mjs, what `npm run serve` runs) with two workers and a real upstream
// URL (a fake one on loopback). Upstream answers with the embedded TLE itself: valid, not older than what is
// held, so it is accepted ('unchanged') and saved for the following worker.

interface Health {
  tle: { source: string; epoch: string; fetchedAt: string | null };
  upstream: { role: 'fetch' | 'follow'; lastResult: string | null; consecutiveFailures: number };
}

const alive = (pid: number): boolean => fs.existsSync(`/proc/${pid}`);

test.describe('npm run serve: one next start worker per core', () => {
  let upstream: FakeUpstream;
  let server: RunningServer;

  test.beforeEach(async () => {
    upstream = await startFakeUpstream({ kind: 'tle', body: EMBEDDED_TLE_TEXT, delayMs: 300 });
    server = await startBuiltServer({ TLE_SOURCE: upstream.url }, 2);
  });

  test.afterEach(async () => {
    await server.stop();
    await upstream.close();
  });

  test('200 concurrent requests on a cold cache make one upstream request for the whole cluster, and every worker then serves it', async () => {
    // startBuiltServer waited for /api/health, which does not fetch: the cache is still cold.
    expect(upstream.requests).toBe(0);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => fetch(`${server.baseUrl}/api/tle`).then((r) => r.status)),
    );
    expect(answers.every((s) => s === 200)).toBe(true);
    expect(upstream.requests).toBe(1);

    // Both workers answer (the kernel spreads connections); the follower picks up the saved TLE within seconds.
    await expect
      .poll(
        async () => {
          const roles = new Map<string, string>();
          for (let i = 0; i < 12; i += 1) {
            const h = (await (
              await fetch(`${server.baseUrl}/api/health`, { headers: { connection: 'close' } })
            ).json()) as Health;
            roles.set(h.upstream.role, `${h.tle.source} ${h.upstream.lastResult}`);
          }
          return Object.fromEntries(roles);
        },
        { timeout: 15_000, intervals: [500] },
      )
      .toEqual({ fetch: 'live unchanged', follow: 'cached unchanged' });
    expect(upstream.requests).toBe(1);
  });

  test('a worker that dies is replaced while the other keeps answering, and stopping the service stops every worker', async () => {
    const before = processTree(server.pid).filter((p) => p !== server.pid);
    expect(before).toHaveLength(2);
    const victim = before[0] as number;
    process.kill(victim, 'SIGKILL');
    // Requests the kernel handed to the victim in the instant it died are lost (reset); once the primary has seen
    // the exit, every request goes to the survivor until the replacement listens.
    await expect
      .poll(() => /worker \d \(pid \d+\) exited \(SIGKILL\)/.test(server.output()), { timeout: 5_000 })
      .toBe(true);
    for (let i = 0; i < 20; i += 1) {
      const res = await fetch(`${server.baseUrl}/api/position`, { headers: { connection: 'close' } });
      expect(res.status).toBe(200);
    }
    await expect
      .poll(() => processTree(server.pid).filter((p) => p !== server.pid && alive(p)).length, { timeout: 20_000 })
      .toBe(2);
    expect(alive(victim)).toBe(false);

    const workers = processTree(server.pid).filter((p) => p !== server.pid);
    await server.stop();
    expect(alive(server.pid)).toBe(false);
    await expect.poll(() => workers.filter(alive).length, { timeout: 10_000 }).toBe(0);
  });
});

test('a worker that cannot start stops the service with exit code 1 instead of restarting forever', async () => {
  const child = spawn(process.execPath, ['server/http/start.mjs', '-p', String(await freePort()), '-H', '127.0.0.1'], {
    env: { ...process.env, WEB_CONCURRENCY: '2', NEXT_DIST_DIR: '.next-does-not-exist', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  expect(code).toBe(1);
  expect(output).toMatch(/worker \d exited 5 times within 60 s; stopping/);
});
