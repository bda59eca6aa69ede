/**
 * The tracker's view as every render part sees it, whatever its lazy part is: the progress
 * part's own modules (the summary) take it without importing the part's type, which would
 * make a cycle (view.ts names the part by its module).
 */
import { indicatorStatusWord, type IndicatorStatus } from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import type { Locale, PlatformMessages } from '../platform/i18n.ts';
import type { EmbedOptions } from '../platform/chart-kit/index.ts';
import type { TrackerMessages } from './messages.ts';

export interface TrackerViewOf<Part> {
  m: TrackerMessages;
  t: PlatformMessages;
  locale: Locale;
  intlLocale: string;
  /** The core's progress and status words and the charts: loaded beside the data. */
  part: Part | undefined;
  /** What every chart frame of the widget carries. */
  frame: {
    theme: string | undefined;
    note: string;
    source: string;
    sourceUrl: string;
    embed: EmbedOptions | null;
  };
}

/** Core's word for a status (the element waits for core's catalogue: `coreWords`). */
export function statusWord(v: TrackerViewOf<unknown>, status: IndicatorStatus): string {
  return coreMessage(indicatorStatusWord(status), v.locale);
}

/** The source as a chart frame takes it. */
export function frameSource(v: TrackerViewOf<unknown>, own?: string) {
  const label = own || v.frame.source;
  return label ? { label, url: v.frame.sourceUrl || undefined } : null;
}
