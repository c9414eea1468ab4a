// Shared by the fixture generator and the copied-wording test, so both hash runs identically.
import { createHash } from 'node:crypto';

export const RUN_LENGTH = 5;

export const hashRun = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);
