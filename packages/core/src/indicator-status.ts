// The indicator statuses, apart from the progress arithmetic so that a widget can list and
// check them without loading it (the tracker loads progress.ts only with the data).
import { msg, type CoreMessageKey, type MessageRef } from './message.ts';
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

/** The words a citizen reads for a status, on the site's pages and in the widgets alike. */
export function indicatorStatusWord(status: IndicatorStatus): MessageRef {
  return msg(STATUS_WORDS[status]);
}

// Keys written out whole, so that each is found where it is said (messages.test.ts).
const STATUS_WORDS: Readonly<Record<IndicatorStatus, CoreMessageKey>> = {
  achieved: 'indicator_status.achieved',
  on_track: 'indicator_status.on_track',
  at_risk: 'indicator_status.at_risk',
  off_track: 'indicator_status.off_track',
  no_data: 'indicator_status.no_data',
};
