import { existsSync } from 'node:fs';

/**
 * How this project runs headless Chromium (end-to-end tests and page benchmarks). Without the networking flags
 * Chromium keeps calling Google's services, which a closed network refuses, many times a second.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROMIUM_PATH, else Debian's chromium; undefined means Playwright's own download. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => !!path && existsSync(path),
  );
}
