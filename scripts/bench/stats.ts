// Small statistics helpers for the benchmarks (medians over repetitions, not means: a shared 2-core machine
// throws the odd slow run, and the median ignores it).

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * Median per-call time in microseconds of `fn(i)` over `reps` timed batches of `batch` calls each, after
 * `warmupBatches` untimed batches (the JIT needs them). `sink` keeps the results alive so nothing is optimised
 * away.
 */
export function microBench(
  fn: (i: number) => unknown,
  opts: { batch: number; reps: number; warmupBatches: number },
): { medianUs: number; p10Us: number; p90Us: number } {
  let sink = 0;
  const run = (): number => {
    const t0 = performance.now();
    for (let i = 0; i < opts.batch; i++) if (fn(i) !== null) sink += 1;
    return ((performance.now() - t0) * 1000) / opts.batch;
  };
  for (let w = 0; w < opts.warmupBatches; w++) run();
  const perCall: number[] = [];
  for (let r = 0; r < opts.reps; r++) perCall.push(run());
  if (sink < 0) console.log(sink);
  return { medianUs: median(perCall), p10Us: percentile(perCall, 10), p90Us: percentile(perCall, 90) };
}
