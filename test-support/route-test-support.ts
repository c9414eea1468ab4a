import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadServerConfig } from '@/server/config';
import { createTleSource, setTleSourceForTests, type TleSource } from '@/server/tle-source';

/**
 * An isolated TLE source for route tests: its own temp DATA_DIR, quiet logs, and the given environment on top of
 * the explicit offline mode (the default source is live, and a unit test never touches the internet).
 */
export function installTestSource(
  env: Record<string, string> = {},
  nowMs?: () => number,
): { source: TleSource; cleanup: () => void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-test-'));
  const { config, problems } = loadServerConfig({ TLE_SOURCE: 'embedded', DATA_DIR: dataDir, ...env });
  const source = createTleSource(config, {
    configProblems: problems,
    log: { info: () => undefined, warn: () => undefined },
    ...(nowMs ? { nowMs } : {}),
  });
  setTleSourceForTests(source);
  return {
    source,
    cleanup: () => {
      setTleSourceForTests(null);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const request = (url: string): Request => new Request(new URL(url, 'http://localhost:3000'));

/** The API's directory, where the route files are looked up. */
export const API_DIR = path.join(process.cwd(), 'app/api');

/** Every route.ts under `dir`, sorted: tests that walk the API find a new route without being edited. */
export function findRoutes(dir: string = API_DIR): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findRoutes(full));
    else if (entry.name === 'route.ts') found.push(full);
  }
  return found.sort();
}
