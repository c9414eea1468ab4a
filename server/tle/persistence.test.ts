import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  persistedFileName,
  readPersistedSync,
  removeStaleTempFiles,
  serializePersisted,
  writeFileAtomic,
} from './persistence';
import { fixtureTle } from '../../test-support/tle/tle-fixtures';

const GOOD = fixtureTle(25544, '26282.82');
const NOW = Date.parse('2026-10-10T00:00:00Z');
const FILL_BYTES = 2_000_000;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tle-persist-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A complete payload of the child writer: JSON whose fill is all one digit of the right length. */
function checkComplete(text: string): number {
  const parsed = JSON.parse(text) as { version: number; fill: string };
  expect(parsed.fill).toHaveLength(FILL_BYTES);
  expect(parsed.fill).toBe(String(parsed.version % 10).repeat(FILL_BYTES));
  return parsed.version;
}

function runChildAndKill(file: string, killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('test-support/tle/atomic-writer-child.ts'), file, String(FILL_BYTES)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), killAfterMs));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited by itself: ${stderr}`)),
    );
  });
}

describe('writeFileAtomic', () => {
  it('leaves the old or the new complete content when the writer is killed at random moments', async () => {
    const file = path.join(dir, 'state.json');
    fs.writeFileSync(file, JSON.stringify({ version: 0, fill: '0'.repeat(FILL_BYTES) }));
    const seen = new Set<number>();
    for (let i = 0; i < 24; i += 1) {
      await runChildAndKill(file, Math.floor(Math.random() * 120));
      seen.add(checkComplete(fs.readFileSync(file, 'utf8')));
    }
    // The kills landed at different points of the write loop, not always before the first write.
    expect(seen.size).toBeGreaterThan(1);
    // Killed writers leave temp files behind; they are swept once old enough, and never the real file.
    const temps = () => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    await removeStaleTempFiles(file, Date.now() + 120_000);
    expect(temps()).toHaveLength(0);
    checkComplete(fs.readFileSync(file, 'utf8'));
  }, 120_000);

  it('replaces the content and creates missing directories', async () => {
    const file = path.join(dir, 'a', 'b', 'x.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['x.json']);
  });
});

describe('readPersistedSync', () => {
  const file = () => path.join(dir, persistedFileName(25544));

  it('round-trips a TLE and re-parses its lines', async () => {
    await writeFileAtomic(
      file(),
      serializePersisted({ tle: GOOD, fetchedAtMs: NOW - 1000, origin: 'https://x', savedAtMs: NOW }),
    );
    const r = readPersistedSync(file(), 25544, NOW);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.persisted.tle).toEqual(GOOD);
    expect(r.persisted.fetchedAtMs).toBe(NOW - 1000);
  });

  it('reports a missing file as missing, not as an error', () => {
    expect(readPersistedSync(file(), 25544, NOW)).toEqual({ kind: 'missing' });
  });

  it('caps a fetch time in the future at now, so a bad clock cannot freeze refreshes', async () => {
    await writeFileAtomic(
      file(),
      serializePersisted({ tle: GOOD, fetchedAtMs: NOW + 86_400_000, origin: 'x', savedAtMs: NOW }),
    );
    const r = readPersistedSync(file(), 25544, NOW);
    expect(r.kind === 'ok' && r.persisted.fetchedAtMs).toBe(NOW);
  });

  it('refuses a TLE for another configured satellite', async () => {
    await writeFileAtomic(file(), serializePersisted({ tle: GOOD, fetchedAtMs: NOW, origin: 'x', savedAtMs: NOW }));
    const r = readPersistedSync(file(), 48274, NOW);
    expect(r.kind).toBe('invalid');
  });
});
