/**
 * Long computations in slices: a computation written as a generator that yields now and
 * then (`function* steps() { …; yield; … }`) runs at once with `runToEnd`, or with
 * `runInSlices` in slices of a few milliseconds with the browser free to paint and handle
 * input between them, so that a big data set never blocks the page (no task over 50 ms).
 * Either way the result is the same: only the scheduling differs.
 */

/** Runs the steps to their end in one go. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, pausing (`pause`, e.g. `LoadContext.yield`) about every `sliceMs`. */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
  sliceMs = 10,
): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start >= sliceMs) {
      await pause();
      start = performance.now();
    }
  }
}
