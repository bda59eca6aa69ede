/**
 * The parts of the tracker its first render of CSV data does not need, loaded through the
 * platform's `loadPart` (in the bundle, a chunk beside it). Mutable, so that a test can
 * make one fail, as it would offline.
 */
export const lazyParts = {
  progress: () => import('./progress.ts'),
  /** Only for indicators given as JSON: core's JSON reader. */
  json: () => import('./json.ts'),
  /** The view of an Open SDG series: its charts and breakdown chooser. */
  sdg: () => import('./sdg-view.ts'),
  /** Only when the file is a plan indicativo. */
  plan: () => import('./plan-view.ts'),
};
