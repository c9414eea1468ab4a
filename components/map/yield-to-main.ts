/** Lets the browser run other tasks (input, paint, the tick) before the caller's next step. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest stretch of the map's preparation in one task: well under the 50 ms of a long task, even on a slow CPU. */
export const SLICE_MS = 12;

/**
 * Runs a generator to its end, in tasks of about `sliceMs` each: the basemap's preparation, done in one block,
 * would hold the main thread for 100 ms or more (the 50m land and coast) while the page comes up.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, sliceMs: number = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
