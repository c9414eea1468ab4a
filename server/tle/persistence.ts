import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseTleLines, TleParseError, type Tle } from '@/lib/tle';
import type { EpochMs } from '@/lib/units';

/**
 * Write a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * temp file in the same directory (same filesystem, so rename is atomic) + fsync + rename + fsync of the dir.
 */
export async function writeFileAtomic(filePath: string, data: string): Promise<void> {
  const dir = path.dirname(filePath);
  await fs.promises.mkdir(dir, { recursive: true });
  const tmp = path.join(
    dir,
    `.${path.basename(filePath)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  const handle = await fs.promises.open(tmp, 'w', 0o644);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await fs.promises.rename(tmp, filePath);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
  // The rename itself lives in the directory entry; without this a power loss could undo it.
  try {
    const dirHandle = await fs.promises.open(dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  } catch {
    // Some filesystems (and Windows) refuse fsync on a directory; the data itself is already durable.
  }
}

/** Remove temp files left by writers that died mid-way (older than a minute, so a live writer is never hit). */
export async function removeStaleTempFiles(filePath: string, nowMs: EpochMs): Promise<void> {
  const dir = path.dirname(filePath);
  const prefix = `.${path.basename(filePath)}.`;
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
      .map(async (n) => {
        const p = path.join(dir, n);
        const st = await fs.promises.stat(p).catch(() => null);
        if (st && nowMs - st.mtimeMs > 60_000) await fs.promises.rm(p, { force: true });
      }),
  );
}

/** What is kept on disk: the verbatim lines (re-validated on read) and when they were fetched. */
export interface PersistedTle {
  tle: Tle;
  fetchedAtMs: EpochMs;
  /** Where it came from (the upstream URL), for the operator. */
  origin: string;
  savedAtMs: EpochMs;
}

const FILE_FORMAT_VERSION = 1;

const persistedSchema = z.object({
  version: z.literal(FILE_FORMAT_VERSION),
  noradId: z.number().int(),
  name: z.string().nullable(),
  line1: z.string(),
  line2: z.string(),
  fetchedAtMs: z.number().finite(),
  origin: z.string(),
  savedAtMs: z.number().finite(),
});

export const persistedFileName = (noradId: number): string => `last-good-tle-${noradId}.json`;

export function serializePersisted(p: PersistedTle): string {
  const body: z.infer<typeof persistedSchema> = {
    version: FILE_FORMAT_VERSION,
    noradId: p.tle.noradId,
    name: p.tle.name,
    line1: p.tle.line1,
    line2: p.tle.line2,
    fetchedAtMs: p.fetchedAtMs,
    origin: p.origin,
    savedAtMs: p.savedAtMs,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export type ReadPersistedResult =
  { kind: 'ok'; persisted: PersistedTle } | { kind: 'missing' } | { kind: 'invalid'; reason: string };

/** Read the last good TLE back. Nothing in the file is trusted: the lines go through the parser again. */
export function readPersistedSync(filePath: string, noradId: number, nowMs: EpochMs): ReadPersistedResult {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', reason: `cannot read ${filePath}: ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: `${filePath} is not valid JSON (truncated or corrupt)` };
  }
  const parsed = persistedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: 'invalid',
      reason: `${filePath} has an unexpected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    };
  }
  const p = parsed.data;
  let tle: Tle;
  try {
    tle = parseTleLines(p.line1, p.line2, p.name);
  } catch (e) {
    if (e instanceof TleParseError)
      return { kind: 'invalid', reason: `${filePath} holds an invalid TLE: ${e.message}` };
    throw e;
  }
  if (tle.noradId !== noradId || p.noradId !== noradId) {
    return { kind: 'invalid', reason: `${filePath} holds satellite ${tle.noradId}, expected ${noradId}` };
  }
  // A fetch time in the future would make the copy look fresh forever and silence refreshes.
  const fetchedAtMs = Math.min(p.fetchedAtMs, nowMs);
  return { kind: 'ok', persisted: { tle, fetchedAtMs, origin: p.origin, savedAtMs: p.savedAtMs } };
}
