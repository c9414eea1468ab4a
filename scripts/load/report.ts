import type { LoadRun } from './load-run';
import type { RssSample } from './rss';

export interface EndpointResult {
  path: string;
  /** Throughput and latency budgets apply to this endpoint (issue 6). */
  budgeted: boolean;
  /** Closed loop at LOAD_CONNECTIONS (50): the most the server answers, and the queueing that costs. */
  saturation: LoadRun;
  /** Closed loop at LOAD_LATENCY_CONNECTIONS (10): the latency a client sees while the server answers >= 1000 req/s. */
  latency: LoadRun | null;
  rssStartMiB: number;
  rssEndMiB: number;
  rssMaxMiB: number;
  /** Peak RSS of the runs' second half minus that of their first half: > 0 while memory still climbs. */
  rssDriftMiB: number;
  cacheControl: string | null;
}

/** Issue 6: the cheap JSON endpoints must hold this on one machine; memory must stay bounded and flat. */
export const BUDGET = {
  minRequestsPerSecond: 1000,
  maxP99Ms: 50,
  /** Per `next start` process (each worker of the cluster is one). The whole tree is reported beside it. */
  maxRssMiB: 250,
  /**
   * How much the second half of a run may peak above the first and still count as flat. The heap grows to its
   * working size under the first seconds of load; a leak keeps climbing for the whole run.
   */
  maxRssDriftMiB: 10,
} as const;

export function rssSummary(samples: RssSample[]): {
  start: number;
  end: number;
  max: number;
  drift: number;
  largestProcessMax: number;
} {
  const values = samples.map((s) => s.rssMiB);
  const peak = (xs: number[]): number => (xs.length ? Math.max(...xs) : 0);
  const half = Math.floor(values.length / 2);
  return {
    start: values[0] ?? 0,
    end: values[values.length - 1] ?? 0,
    max: peak(values),
    drift: values.length < 4 ? 0 : peak(values.slice(half)) - peak(values.slice(0, half)),
    largestProcessMax: peak(samples.map((s) => s.largestMiB)),
  };
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Markdown table (pasted into BENCHMARKS.md as is): one row per timed run. */
export function formatTable(results: EndpointResult[]): string {
  const head =
    '| endpoint | connections | req/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx | RSS start / end / max MiB (all processes) | RSS drift MiB | Cache-Control |';
  const rule = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |';
  const rows: string[] = [];
  for (const r of results) {
    const runs = r.latency ? [r.latency, r.saturation] : [r.saturation];
    runs.forEach((run, i) => {
      const first = i === 0;
      rows.push(
        `| \`${r.path}\`${r.budgeted ? '' : ' (no budget)'} | ${run.connections} | ${fmt(run.requestsPerSecond)} | ${fmt(run.latencyP50Ms, 1)} | ${fmt(run.latencyP99Ms, 1)} | ` +
          `${fmt(run.latencyMaxMs)} | ${fmt(run.requests)} | ${run.errors + run.timeouts} | ${run.non2xx} | ` +
          (first
            ? `${fmt(r.rssStartMiB, 1)} / ${fmt(r.rssEndMiB, 1)} / ${fmt(r.rssMaxMiB, 1)} | ${fmt(r.rssDriftMiB, 1)} | \`${r.cacheControl ?? '(none)'}\` |`
            : '〃 | 〃 | 〃 |'),
      );
    });
  }
  return [head, rule, ...rows].join('\n');
}

/**
 * Every budget breach, in words; empty when the run is within budget. The throughput budget is read as "serves
 * 1,000 requests/s while its p99 stays under 50 ms": both must hold in the same run (the latency run), and the
 * saturation run must not fall below 1,000 either. With C connections in a closed loop the mean latency is
 * C / throughput (Little's law), so the saturation run's p99 is reported, not judged.
 */
export function budgetFailures(results: EndpointResult[], overall: { largestProcessMaxMiB: number }): string[] {
  const failures: string[] = [];
  for (const r of results) {
    for (const run of r.latency ? [r.latency, r.saturation] : [r.saturation]) {
      const where = `${r.path} at ${run.connections} connections`;
      if (run.errors + run.timeouts > 0) failures.push(`${where}: ${run.errors} errors, ${run.timeouts} timeouts`);
      if (run.non2xx > 0) failures.push(`${where}: ${run.non2xx} non-2xx answers`);
    }
    if (r.rssDriftMiB > BUDGET.maxRssDriftMiB)
      failures.push(`${r.path}: RSS still climbing (+${fmt(r.rssDriftMiB, 1)} MiB in the second half of the runs)`);
    if (!r.budgeted) continue;
    if (!r.latency) {
      failures.push(`${r.path}: no latency run`);
      continue;
    }
    if (r.latency.requestsPerSecond < BUDGET.minRequestsPerSecond) {
      failures.push(
        `${r.path}: ${fmt(r.latency.requestsPerSecond)} req/s < ${BUDGET.minRequestsPerSecond} at ${r.latency.connections} connections`,
      );
    }
    if (r.latency.latencyP99Ms >= BUDGET.maxP99Ms)
      failures.push(
        `${r.path}: p99 ${fmt(r.latency.latencyP99Ms, 1)} ms >= ${BUDGET.maxP99Ms} ms at ${r.latency.connections} connections`,
      );
    if (r.saturation.requestsPerSecond < BUDGET.minRequestsPerSecond) {
      failures.push(
        `${r.path}: ${fmt(r.saturation.requestsPerSecond)} req/s < ${BUDGET.minRequestsPerSecond} at ${r.saturation.connections} connections`,
      );
    }
  }
  if (overall.largestProcessMaxMiB >= BUDGET.maxRssMiB)
    failures.push(
      `a server process peaked at ${fmt(overall.largestProcessMaxMiB, 1)} MiB RSS >= ${BUDGET.maxRssMiB} MiB`,
    );
  return failures;
}
