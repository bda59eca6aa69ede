// The indicator statuses, apart from the progress arithmetic so that a widget can list and
// check them without loading it (the tracker loads progress.ts only with the data).
import type { IndicatorStatus } from './types.ts';

/** Every status, best first: the order of summaries, legends and counts wherever they are shown. */
export const INDICATOR_STATUSES: readonly IndicatorStatus[] = [
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'no_data',
];

export function isIndicatorStatus(value: string | null | undefined): value is IndicatorStatus {
  return (INDICATOR_STATUSES as readonly string[]).includes(value ?? '');
}
