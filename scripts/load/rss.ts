import fs from 'node:fs';

const MIB = 1024 * 1024;

/** Resident set size of one process in bytes, from /proc/<pid>/status (null once it is gone). */
export function rssBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** The pid and all its descendants (a server that forks workers is measured whole). */
export function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i += 1) {
    const p = pids[i] as number;
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return pids;
}

export interface RssSample {
  atMs: number;
  /** Summed over the server's process tree (the cluster's primary and every worker). */
  rssMiB: number;
  /** The largest single process of the tree. */
  largestMiB: number;
}

/** Samples the tree's summed RSS every `intervalMs` until stopped. */
export function startRssSampler(pid: number, intervalMs = 1000): { samples: RssSample[]; stop: () => void } {
  const samples: RssSample[] = [];
  const sample = (): void => {
    let total = 0;
    let largest = 0;
    for (const p of processTree(pid)) {
      const bytes = rssBytes(p) ?? 0;
      total += bytes;
      largest = Math.max(largest, bytes);
    }
    if (total > 0) samples.push({ atMs: Date.now(), rssMiB: total / MIB, largestMiB: largest / MIB });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return { samples, stop: () => clearInterval(timer) };
}
