/** Lets the browser run other tasks (input, paint, the tick) before the caller's next step. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
