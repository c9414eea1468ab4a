let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

/**
 * Lets the browser run other tasks (input, paint, the tick) before the caller's next step. A message, not
 * setTimeout: nested timeouts are clamped to 4 ms each, which would stretch a hundred slices by most of a second.
 */
export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (channel === null) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Longest stretch of the map's preparation in one task: a phone is about 4x slower than a desktop (Lighthouse's
 * mobile CPU), so 6 ms here stays well under the 50 ms of a long task there.
 */
export const SLICE_MS = 6;

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
