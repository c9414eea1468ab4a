import type { RssSample } from './rss';

export interface EndpointResult {
  path: string;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rssStartMiB: number;
  rssEndMiB: number;
  rssMaxMiB: number;
  /** Peak RSS of the run's second half minus that of its first half: > 0 while memory still climbs. */
  rssDriftMiB: number;
  cacheControl: string | null;
  /** Throughput and latency budgets apply to this endpoint (issue 6). */
  budgeted: boolean;
}

/** Issue 6: the cheap JSON endpoints must hold this on one machine; memory must stay bounded and flat. */
export const BUDGET = {
  minRequestsPerSecond: 1000,
  maxP99Ms: 50,
  maxRssMiB: 250,
  /**
   * How much the second half of a run may peak above the first and still count as flat. The heap grows to its
   * working size under the first seconds of load; a leak keeps climbing for the whole run.
   */
  maxRssDriftMiB: 10,
} as const;

export function rssSummary(samples: RssSample[]): { start: number; end: number; max: number; drift: number } {
  const values = samples.map((s) => s.rssMiB);
  const peak = (xs: number[]): number => (xs.length ? Math.max(...xs) : 0);
  const half = Math.floor(values.length / 2);
  return {
    start: values[0] ?? 0,
    end: values[values.length - 1] ?? 0,
    max: peak(values),
    drift: values.length < 4 ? 0 : peak(values.slice(half)) - peak(values.slice(0, half)),
  };
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Markdown table (pasted into BENCHMARKS.md as is). */
export function formatTable(results: EndpointResult[]): string {
  const head = '| endpoint | req/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx | RSS start / end / max MiB | RSS drift MiB | Cache-Control |';
  const rule = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |';
  const rows = results.map(
    (r) =>
      `| \`${r.path}\`${r.budgeted ? '' : ' (no budget)'} | ${fmt(r.requestsPerSecond)} | ${fmt(r.latencyP50Ms)} | ${fmt(r.latencyP99Ms)} | ${fmt(r.latencyMaxMs)} | ` +
      `${fmt(r.requests)} | ${r.errors + r.timeouts} | ${r.non2xx} | ${fmt(r.rssStartMiB, 1)} / ${fmt(r.rssEndMiB, 1)} / ${fmt(r.rssMaxMiB, 1)} | ${fmt(r.rssDriftMiB, 1)} | ` +
      `\`${r.cacheControl ?? '(none)'}\` |`,
  );
  return [head, rule, ...rows].join('\n');
}

/** Every budget breach, in words; empty when the run is within budget. */
export function budgetFailures(results: EndpointResult[], overall: { maxMiB: number }): string[] {
  const failures: string[] = [];
  for (const r of results) {
    if (r.errors + r.timeouts > 0) failures.push(`${r.path}: ${r.errors} errors, ${r.timeouts} timeouts`);
    if (r.non2xx > 0) failures.push(`${r.path}: ${r.non2xx} non-2xx answers`);
    if (r.rssDriftMiB > BUDGET.maxRssDriftMiB) failures.push(`${r.path}: RSS still climbing (+${fmt(r.rssDriftMiB, 1)} MiB in the second half of the run)`);
    if (!r.budgeted) continue;
    if (r.requestsPerSecond < BUDGET.minRequestsPerSecond) failures.push(`${r.path}: ${fmt(r.requestsPerSecond)} req/s < ${BUDGET.minRequestsPerSecond}`);
    if (r.latencyP99Ms >= BUDGET.maxP99Ms) failures.push(`${r.path}: p99 ${r.latencyP99Ms} ms >= ${BUDGET.maxP99Ms} ms`);
  }
  if (overall.maxMiB >= BUDGET.maxRssMiB) failures.push(`RSS peaked at ${fmt(overall.maxMiB, 1)} MiB >= ${BUDGET.maxRssMiB} MiB`);
  return failures;
}
