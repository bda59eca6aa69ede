// The order of periods, for a reader that sorts a file's values: apart from period.ts, which a
// widget's first render uses to say a period, so the widgets carry it only where they sort.
import type { Period } from './types.ts';

/** Sorts periods by start, then end. */
export function comparePeriods(a: Period, b: Period): number {
  return a.start < b.start
    ? -1
    : a.start > b.start
      ? 1
      : a.end < b.end
        ? -1
        : a.end > b.end
          ? 1
          : 0;
}
